"""Action logs and work-programme tracking across meetings."""
