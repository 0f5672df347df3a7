package wfm.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/**
 * A self-contained HTML report: sections of text, charts embedded as PNG data URLs, and tables. One file a
 * manager can open or mail with nothing beside it.
 */
public final class HtmlReport {
    /** Marks the page once every figure has decoded: a browser (and the report's test) can tell charts are drawn. */
    private static final String FIGURES_LOADED = "<script>window.addEventListener('load',function(){"
            + "var i=document.images,n=0;for(var k=0;k<i.length;k++){if(i[k].complete&&i[k].naturalWidth>0){n++;}}"
            + "document.body.setAttribute('data-figures-drawn',n+'/'+i.length);});</script>\n";

    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Text kept as laid out (a plan's summary with its tables), in a fixed-width font. */
    public HtmlReport preformatted(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** A verdict line, green when it holds and red when it does not. */
    public HtmlReport verdict(boolean holds, String text) {
        body.append("<p class=\"").append(holds ? "ok" : "miss").append("\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** The chart rendered at 1000 × 420 pixels as an embedded PNG with its title as alternative text. */
    public HtmlReport chart(JFreeChart chart) {
        try {
            String alt = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
            return image(alt, ChartUtils.encodeAsPNG(chart.createBufferedImage(1000, 420)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG image already drawn (e.g. by a stage's --chart), embedded with its description as alternative text. */
    public HtmlReport image(String description, byte[] png) {
        body.append("<figure><img alt=\"").append(escape(description)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\"><figcaption>").append(escape(description))
                .append("</figcaption></figure>\n");
        return this;
    }

    /** A table; cells that look like numbers are right-aligned. */
    public HtmlReport table(List<String> header, List<List<String>> rows) {
        body.append("<table>\n<thead><tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                boolean number = cell.matches("[-+]?[0-9][0-9.,]*%?");
                body.append(number ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title>\n<style>body{font-family:sans-serif;max-width:1040px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;font-size:13px;margin:1em 0}th,td{border:1px solid #ccc;"
                + "padding:2px 6px}th{background:#eee}td.n{text-align:right}.ok{color:#1a7f37;font-weight:bold}"
                + ".miss{color:#c62828;font-weight:bold}figure{margin:1em 0}img{max-width:100%;height:auto}figcaption{color:#555;font-size:13px}</style></head>\n<body>\n<h1>"
                + escape(title) + "</h1>\n" + body + FIGURES_LOADED + "</body></html>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
