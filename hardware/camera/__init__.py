"""Camera sources and the synthetic label frames the tests, the benchmark and the demo camera share."""
