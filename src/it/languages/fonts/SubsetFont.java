import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the test font: Droid Sans Fallback (Apache License 2.0) cut down to the characters of this test's lessons,
 * of labels-cjk.txt, and of the kana, CJK punctuation and full-width forms blocks. Run from the repository root:
 * java -cp fontbox.jar:pdfbox-io.jar:commons-logging.jar src/it/languages/fonts/SubsetFont.java DroidSansFallbackFull.ttf
 */
public class SubsetFont {
    public static void main(String[] args) throws Exception {
        TreeSet<Integer> wanted = new TreeSet<>();
        Path it = Path.of("src/it/languages");
        try (Stream<Path> files = Files.walk(it)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).toList()) {
                Files.readString(file).codePoints().forEach(wanted::add);
            }
        }
        for (int[] block : List.of(new int[] {0x3000, 0x30FF}, new int[] {0xFF00, 0xFFEF})) {
            for (int c = block[0]; c <= block[1]; c++) {
                wanted.add(c);
            }
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(args[0]))) {
            TTFSubsetter subsetter = new TTFSubsetter(font,
                    List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "cmap", "name", "OS/2", "post"));
            wanted.stream().filter(c -> c > 0x7F).forEach(subsetter::add);
            for (int c = 0x20; c < 0x7F; c++) {
                subsetter.add(c);
            }
            try (OutputStream out = new FileOutputStream("src/it/languages/fonts/DroidSansFallback-subset.ttf")) {
                subsetter.writeToStream(out);
            }
        }
    }
}
