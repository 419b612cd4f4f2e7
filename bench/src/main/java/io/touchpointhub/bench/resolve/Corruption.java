package io.touchpointhub.bench.resolve;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What can differ between two rows of the same person, with how often (weights). Each one changes a copy
 * of the person; a duplicate gets 0 to 3 of them.
 */
enum Corruption {

    FIRST_NAME_TYPO(15) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            p.firstName = Typos.typo(p.firstName, random);
        }
    },
    LAST_NAME_TYPO(15) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            p.lastName = Typos.typo(p.lastName, random);
        }
    },
    /** Bob for Robert; a name without a known nickname gets a typo instead. */
    NICKNAME(10) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            List<String> nicknames = PeopleVocabulary.NICKNAMES.get(p.firstName);
            p.firstName = nicknames == null ? Typos.typo(p.firstName, random) : nicknames.get(random.nextInt(nicknames.size()));
        }
    },
    /** 03/07 for 07/03; when the day is above 12 the date is mistyped instead. */
    DAY_MONTH_SWAP(8) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            if (p.birth != null) {
                java.time.LocalDate swapped = Typos.swapDayMonth(p.birth);
                p.birth = swapped.equals(p.birth) ? Typos.dateTypo(p.birth, random) : swapped;
            }
        }
    },
    DATE_TYPO(5) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            if (p.birth != null) {
                p.birth = Typos.dateTypo(p.birth, random);
            }
        }
    },
    /** A field this source never had: e-mail, phone, birth date, address, town or postcode. */
    MISSING_FIELD(15) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            switch (random.nextInt(6)) {
                case 0 -> p.email = null;
                case 1 -> p.phoneDigits = null;
                case 2 -> p.birth = null;
                case 3 -> p.street = null;
                case 4 -> p.town = null;
                default -> p.postcode = null;
            }
        }
    },
    /** "High St" for "High Street" and the other way round. */
    STREET_ABBREVIATION(12) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            p.abbreviated = !p.abbreviated;
        }
    },
    EMAIL_TYPO(6) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            if (p.email != null) {
                int at = p.email.indexOf('@');
                p.email = Typos.typo(p.email.substring(0, at), random) + p.email.substring(at);
            }
        }
    },
    /** Another address the same person signed up with. */
    OTHER_EMAIL(3) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            p.email = SyntheticPerson.email(p.firstName, p.lastName, p.birth == null ? java.time.LocalDate.of(1970, 1, 1)
                    : p.birth, p.entity, random);
        }
    },
    PHONE_TYPO(5) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            if (p.phoneDigits != null) {
                p.phoneDigits = Typos.digit(p.phoneDigits, random);
            }
        }
    },
    /** The person moved: another street, town and postcode. */
    MOVED(3) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            p.moveHouse(random);
        }
    },
    /** First and last name entered into each other's fields. */
    NAMES_SWAPPED(3) {
        @Override
        void apply(SyntheticPerson p, SplittableRandom random) {
            String first = p.firstName;
            p.firstName = p.lastName;
            p.lastName = first;
        }
    };

    private static final int TOTAL = java.util.Arrays.stream(values()).mapToInt(c -> c.weight).sum();

    private final int weight;

    Corruption(int weight) {
        this.weight = weight;
    }

    abstract void apply(SyntheticPerson person, SplittableRandom random);

    static Corruption draw(SplittableRandom random) {
        int target = random.nextInt(TOTAL);
        for (Corruption c : values()) {
            target -= c.weight;
            if (target < 0) {
                return c;
            }
        }
        throw new IllegalStateException("weights");
    }
}
