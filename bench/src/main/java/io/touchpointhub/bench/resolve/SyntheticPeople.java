package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * N synthetic person rows with a known duplicate structure, for timing {@code resolve} at scale and
 * scoring it on data with the errors real CRM exports have.
 *
 * <p>Entities have 1 to 5 rows with the shares of {@link #SIZE_SHARES} (about 1.5 rows per entity); the
 * first row of an entity is the person as drawn (less the fields this row happens not to have), every
 * further row gets 0–3 {@link Corruption}s ({@link #CORRUPTIONS}). Rows are shuffled, so duplicates are
 * never adjacent, and ids ({@code p1}, {@code p2} ...) say nothing about the entity. Everything follows
 * from the seed: each row is drawn from its own generator, so the file streams out with only a few int
 * arrays of N in memory, and the same seed gives the same bytes.
 */
final class SyntheticPeople {

    /** Share of entities with 1, 2, 3, 4 and 5 rows. */
    static final double[] SIZE_SHARES = {0.70, 0.17, 0.07, 0.04, 0.02};
    /** Chance that a duplicate row has 0, 1, 2 and 3 corruptions. */
    static final double[] CORRUPTIONS = {0.10, 0.40, 0.30, 0.20};

    /**
     * @param entityOfRecord the true entity of each row, in file order
     * @param entitiesBySize entitiesBySize[k] = entities with k rows (index 0 unused)
     */
    record Generated(Path input, String[] ids, int[] entityOfRecord, int entities, long[] entitiesBySize) {

        long truePairs() {
            long pairs = 0;
            for (int size = 2; size < entitiesBySize.length; size++) {
                pairs += entitiesBySize[size] * size * (size - 1) / 2;
            }
            return pairs;
        }
    }

    private SyntheticPeople() {
    }

    static Generated write(int records, long seed, Path input) throws IOException {
        int[] entityOfSlot = new int[records];
        int[] copyOfSlot = new int[records];
        long[] bySize = new long[SIZE_SHARES.length + 1];
        int entities = 0;
        for (int slot = 0; slot < records; entities++) {
            int size = Math.min(size(new SplittableRandom(mix(seed, entities, -1))), records - slot);
            bySize[size]++;
            for (int copy = 0; copy < size; copy++, slot++) {
                entityOfSlot[slot] = entities;
                copyOfSlot[slot] = copy;
            }
        }
        int[] order = shuffled(records, seed);
        String[] ids = new String[records];
        int[] entityOfRecord = new int[records];
        try (Writer writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(List.of(Preparation.ID));
            header.addAll(SyntheticPerson.COLUMNS);
            out.printRecord(header);
            for (int row = 0; row < records; row++) {
                int slot = order[row];
                ids[row] = "p" + (row + 1);
                entityOfRecord[row] = entityOfSlot[slot];
                out.print(ids[row]);
                out.printRecord((Object[]) row(seed, entityOfSlot[slot], copyOfSlot[slot]));
            }
        }
        return new Generated(input, ids, entityOfRecord, entities, bySize);
    }

    /** Row {@code copy} of {@code entity}: copy 0 as drawn, later copies corrupted. */
    static String[] row(long seed, int entity, int copy) {
        SyntheticPerson person = SyntheticPerson.draw(entity, new SplittableRandom(mix(seed, entity, 0)));
        SplittableRandom random = new SplittableRandom(mix(seed, entity, copy + 1));
        if (copy > 0) {
            person = person.copy();
            int corruptions = pick(CORRUPTIONS, random);
            for (int i = 0; i < corruptions; i++) {
                Corruption.draw(random).apply(person, random);
            }
        }
        return person.render(random, 1.0);
    }

    private static int size(SplittableRandom random) {
        return pick(SIZE_SHARES, random) + 1;
    }

    private static int pick(double[] shares, SplittableRandom random) {
        double roll = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            roll -= shares[i];
            if (roll < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** One well-spread seed per (seed, entity, stream), so rows never share a random sequence. */
    static long mix(long seed, long entity, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + entity * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
