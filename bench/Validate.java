import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;

import java.io.File;
import java.nio.file.Files;

/**
 * Prints the validators' verdicts on one guide, for bench/real-courses.sh: "EPUB errors/warnings" then, for the
 * PDF, the failed rules of PDF/UA-1 and PDF/A-2u, with each failed rule's id on stderr. Run with the test class path
 * (EPUBCheck and veraPDF are test dependencies): java -cp CP bench/Validate.java guide.epub guide.pdf
 */
public class Validate {
    public static void main(String[] args) throws Exception {
        int[] counts = new int[2];
        java.io.PrintStream verdicts = System.out;
        System.setOut(System.err); // EPUBCheck's report talks on standard output; only the verdicts go there
        new EpubCheck(new File(args[0]), new DefaultReportImpl(args[0]) {
            @Override
            public void message(Message message, EPUBLocation location, Object... arguments) {
                if (message.getSeverity() == Severity.ERROR || message.getSeverity() == Severity.FATAL) {
                    counts[0]++;
                } else if (message.getSeverity() == Severity.WARNING) {
                    counts[1]++;
                } else {
                    return;
                }
                System.err.println("EPUB " + message.getID() + " " + location.getPath() + ":" + location.getLine() + " "
                        + message.getMessage(arguments));
            }
        }).doValidate();
        verdicts.print(counts[0] + "/" + counts[1]);
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        for (String flavour : new String[] {"ua1", "2u"}) {
            var profile = org.verapdf.pdfa.flavours.PDFAFlavour.fromString(flavour);
            try (var foundry = org.verapdf.pdfa.Foundries.defaultInstance();
                 var in = Files.newInputStream(new File(args[1]).toPath());
                 var parser = foundry.createParser(in, profile);
                 var validator = foundry.createValidator(profile, false)) {
                var result = validator.validate(parser);
                result.getFailedChecks().forEach((id, n) -> System.err.println(flavour + " " + id.getClause() + "-"
                        + id.getTestNumber() + " (" + n + " failures)"));
                verdicts.print(" " + result.getFailedChecks().size());
            }
        }
        verdicts.println();
    }
}
