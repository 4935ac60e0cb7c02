package io.github.studyguide.internal;

import com.google.common.hash.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentHashTest {

    private static String guava(byte[] bytes) {
        return Hashing.murmur3_128().hashBytes(bytes).toString();
    }

    @Test
    void matchesGuavasMurmur3ForEveryTailLength() {
        Random random = new Random(7);
        for (int size = 0; size <= 100; size++) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            assertEquals(guava(bytes), new ContentHash().add(bytes, 0, size).hex(), size + " bytes");
        }
    }

    @Test
    void givesTheSameHashHoweverTheBytesArriveInPieces() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            ContentHash hash = new ContentHash();
            for (int at = 0; at < bytes.length; ) {
                int piece = Math.min(random.nextInt(40), bytes.length - at);
                hash.add(bytes, at, piece);
                at += piece;
            }
            assertEquals(guava(bytes), hash.hex(), "round " + round);
        }
    }

    @Test
    void framesEachStringSoThatMovingABoundaryChangesTheHash() {
        assertEquals(guava("2:ab1:c".getBytes(StandardCharsets.US_ASCII)), ContentHash.of(List.of("ab", "c")));
        assertNotEquals(ContentHash.of(List.of("ab", "c")), ContentHash.of(List.of("a", "bc")));
        assertEquals(guava("5:é€".getBytes(StandardCharsets.UTF_8)), ContentHash.of(List.of("é€")));
    }

    @Test
    void hashesAFileLargerThanItsBuffer(@TempDir Path folder) throws IOException {
        byte[] bytes = new byte[200_003];
        new Random(3).nextBytes(bytes);
        Path file = Files.write(folder.resolve("big.bin"), bytes);
        assertEquals(guava(bytes), ContentHash.of(file));
    }
}
