"""Qt item models adapting domain objects for views. They hold rows given to them and never query the database."""
