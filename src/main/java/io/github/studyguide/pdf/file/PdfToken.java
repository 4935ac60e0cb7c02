package io.github.studyguide.pdf.file;

/** A number, boolean or {@code null}, as written. */
public record PdfToken(String text) {

    public static PdfToken of(long number) {
        return new PdfToken(Long.toString(number));
    }

    /** A real number to a hundred-thousandth, without an exponent or trailing zeros, as PDF wants it. */
    public static PdfToken of(float number) {
        java.math.BigDecimal value = new java.math.BigDecimal(Float.toString(number));
        String text = value.setScale(Math.min(value.scale(), 5), java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
        return new PdfToken(text.equals("-0") ? "0" : text);
    }

    /** The value as an integer, or {@code fallback} if it is none. */
    public int intValue(int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The value as a number, or {@code fallback} if it is none. */
    public float floatValue(float fallback) {
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
