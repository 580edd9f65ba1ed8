package vn.tongket.common;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF we produce: DejaVu Sans regular and bold from {@code fonts/} on the classpath (all
 * Vietnamese glyphs; licence in fonts/DejaVu-LICENSE.txt), embedded with Identity-H encoding. Loaded once.
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return Holder.REGULAR;
    }

    public static BaseFont bold() {
        return Holder.BOLD;
    }

    /** Loaded on first use (class initialization is thread-safe). */
    private static final class Holder {
        static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
        static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource + " on the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
