package dev.skyway.portal.platform.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CsvExportTests {

    record Row(String name, Integer count) {
    }

    @Test
    void writesAHeaderAndQuotedRows() throws Exception {
        StringWriter out = new StringWriter();
        new CsvExport<Row>().column("name", Row::name).column("count", Row::count)
                .write(Stream.of(new Row("plain", 1), new Row("with, comma \"quoted\"", null)), out);

        assertThat(out.toString()).isEqualTo("name,count\r\nplain,1\r\n\"with, comma \"\"quoted\"\"\",\r\n");
    }

    @Test
    void cellsThatSpreadsheetsWouldRunAsFormulasAreDefused() {
        assertThat(CsvExport.safe("=HYPERLINK(\"http://evil\")")).startsWith("'=");
        assertThat(CsvExport.safe("+1")).isEqualTo("'+1");
        assertThat(CsvExport.safe("-2=1")).isEqualTo("'-2=1");
        assertThat(CsvExport.safe("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvExport.safe("-2")).as("a negative number stays a number").isEqualTo("-2");
        assertThat(CsvExport.safe("-2.73")).isEqualTo("-2.73");
        assertThat(CsvExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.safe("normal")).isEqualTo("normal");
        assertThat(CsvExport.safe(null)).isEmpty();
    }
}
