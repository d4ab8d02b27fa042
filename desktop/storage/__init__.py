"""SQLite storage: connection, migrations, repositories, the catalogue loader. No Qt."""
