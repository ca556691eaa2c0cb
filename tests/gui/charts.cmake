# Offscreen tests of the dashboard building blocks (ChartPanel, ChartExport, TableExportActions).
