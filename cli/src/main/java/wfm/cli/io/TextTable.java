package wfm.cli.io;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminals: a header, aligned columns (numbers to the right), a rule under the header. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public TextTable add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(row));
        return this;
    }

    public int size() {
        return rows.size();
    }

    @Override
    public String toString() {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, true);
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
                numeric[i] &= row.get(i).isEmpty() || isNumber(row.get(i));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width, numeric);
        for (int i = 0; i < width.length; i++) {
            out.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.append('\n');
        rows.forEach(row -> line(out, row, width, numeric));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - cell.length());
            l.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + cell : cell + pad);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    private static boolean isNumber(String s) {
        return s.matches("[-+]?[0-9.,]+%?(e[-+]?[0-9]+)?");
    }
}
