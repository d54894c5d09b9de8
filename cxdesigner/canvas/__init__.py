"""The Qt map canvas: scene, view, items and the mouse tools that push commands."""
