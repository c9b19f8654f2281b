"""The guided workflows (intake, inspection, dismantling...): one page each, its half-done step kept as a draft."""
