"""Archive processing: many files, many processes, resumable."""
