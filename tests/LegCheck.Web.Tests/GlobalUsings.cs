// The shared test helpers (temp folders, clocks, zones) of tests/LegCheck.Testing.
global using LegCheck.Testing;
