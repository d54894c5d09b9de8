"""PDF posters and reports drawn with reportlab from the shared layout, without Qt."""
