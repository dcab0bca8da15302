"""Stage 2: sentiment, stance and spam for the parsed comments."""
