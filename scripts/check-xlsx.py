"""Reads every dataset's XLSX download back with openpyxl and compares it with the JSON download of
the same dataset: same headers (label and unit), same cells, numbers stored as numbers."""
import json, pathlib, sys
import openpyxl

failed = 0
root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "output")
books = sorted(root.glob("statistik/*/*.xlsx"))
for book in books:
    data = json.loads(book.with_suffix(".json").read_text(encoding="utf-8"))
    sheet = openpyxl.load_workbook(book).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    expected = [[None if v is None else v for v in row] for row in data["rows"]]
    got = [list(row) for row in rows[1:]]
    problems = []
    if len(rows[0]) != len(data["columns"]):
        problems.append(f"{len(rows[0])} header cells, {len(data['columns'])} columns")
    for line, (want, have) in enumerate(zip(expected, got), start=2):
        for column, (a, b) in enumerate(zip(want, have)):
            if isinstance(a, (int, float)) and not isinstance(a, bool):
                if not isinstance(b, (int, float)) or abs(a - b) > 1e-9:
                    problems.append(f"row {line} column {column + 1}: {b!r}, expected the number {a!r}")
            elif a != b:
                problems.append(f"row {line} column {column + 1}: {b!r}, expected {a!r}")
    if len(expected) != len(got):
        problems.append(f"{len(got)} rows, expected {len(expected)}")
    if len(openpyxl.load_workbook(book).worksheets) < 2:
        problems.append("no second sheet with the source and notes")
    for problem in problems:
        print(f"{book}: {problem}")
    failed += bool(problems)
print(f"xlsx: {len(books) - failed} passed, {failed} failed")
sys.exit(1 if failed or not books else 0)
