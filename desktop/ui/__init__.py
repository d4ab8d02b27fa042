"""The Qt user interface: the only package (with app.py and __main__.py) that imports PySide6."""
