"""Side panels (docks) that edit the selection through commands."""
