"""The main window, menus, dialogs and the welcome screen: where canvas and panels meet."""
