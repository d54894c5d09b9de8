"""The live SQLite project file: schema, migrations, guarded opening and writing."""
