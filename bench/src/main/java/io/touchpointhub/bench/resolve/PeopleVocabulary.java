package io.touchpointhub.bench.resolve;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Names, nicknames, streets and towns for the synthetic people, with skewed frequencies: common names
 * are common (the top surname is about 1.5% of people, as Smith is in the US), which is what makes
 * blocking hard. Surnames get a long tail from two-part compositions (Ashworth, Whitfield ...).
 */
final class PeopleVocabulary {

    static final List<String> MALE = List.of("James", "John", "Robert", "Michael", "William", "David", "Richard",
            "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
            "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason",
            "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
            "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis",
            "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle",
            "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry",
            "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce",
            "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene",
            "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny", "Theodore", "Nathaniel", "Oliver",
            "Liam", "Lucas", "Mason", "Owen", "Hugo", "Felix", "Oscar", "Leo", "Isaac", "Miles", "Declan", "Rhys");

    static final List<String> FEMALE = List.of("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
            "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly",
            "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca",
            "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma",
            "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine",
            "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren",
            "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha",
            "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances", "Kathryn", "Janice", "Jean", "Abigail", "Alice",
            "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella",
            "Theresa", "Diana", "Natalie", "Brittany", "Charlotte", "Marie", "Kayla", "Alexis", "Lori", "Chloe",
            "Zoe", "Ava", "Mia", "Ella", "Lily", "Freya", "Isla", "Niamh", "Siobhan", "Ingrid", "Astrid", "Yasmin");

    /** A few common English nicknames; a duplicate may use one instead of the given name. */
    static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("Robert", List.of("Bob", "Rob", "Bobby")), Map.entry("William", List.of("Bill", "Will", "Billy")),
            Map.entry("James", List.of("Jim", "Jimmy", "Jamie")), Map.entry("John", List.of("Jack", "Johnny")),
            Map.entry("Michael", List.of("Mike", "Mick")), Map.entry("Richard", List.of("Rick", "Dick", "Rich")),
            Map.entry("Thomas", List.of("Tom", "Tommy")), Map.entry("Charles", List.of("Charlie", "Chuck")),
            Map.entry("Christopher", List.of("Chris")), Map.entry("Daniel", List.of("Dan", "Danny")),
            Map.entry("Matthew", List.of("Matt")), Map.entry("Anthony", List.of("Tony")), Map.entry("Joseph", List.of("Joe")),
            Map.entry("Edward", List.of("Ed", "Ted", "Eddie")), Map.entry("Andrew", List.of("Andy", "Drew")),
            Map.entry("Benjamin", List.of("Ben")), Map.entry("Samuel", List.of("Sam")), Map.entry("Nicholas", List.of("Nick")),
            Map.entry("Jonathan", List.of("Jon")), Map.entry("Steven", List.of("Steve")), Map.entry("Timothy", List.of("Tim")),
            Map.entry("Kenneth", List.of("Ken")), Map.entry("Ronald", List.of("Ron")), Map.entry("Donald", List.of("Don")),
            Map.entry("Gregory", List.of("Greg")), Map.entry("Jeffrey", List.of("Jeff")), Map.entry("Alexander", List.of("Alex")),
            Map.entry("Lawrence", List.of("Larry")), Map.entry("Raymond", List.of("Ray")), Map.entry("Gerald", List.of("Jerry")),
            Map.entry("Theodore", List.of("Ted", "Theo")), Map.entry("Zachary", List.of("Zach")),
            Map.entry("Nathaniel", List.of("Nate", "Nat")), Map.entry("Patrick", List.of("Pat", "Paddy")),
            Map.entry("Elizabeth", List.of("Liz", "Beth", "Betty", "Eliza")), Map.entry("Margaret", List.of("Maggie", "Peggy", "Meg")),
            Map.entry("Katherine", List.of("Kate", "Kathy", "Katie")), Map.entry("Catherine", List.of("Cathy", "Cate")),
            Map.entry("Jennifer", List.of("Jen", "Jenny")), Map.entry("Patricia", List.of("Pat", "Patty", "Trish")),
            Map.entry("Susan", List.of("Sue", "Suzy")), Map.entry("Deborah", List.of("Debbie", "Deb")),
            Map.entry("Rebecca", List.of("Becky", "Becca")), Map.entry("Victoria", List.of("Vicky", "Tori")),
            Map.entry("Jessica", List.of("Jess", "Jessie")), Map.entry("Christina", List.of("Tina", "Chris")),
            Map.entry("Samantha", List.of("Sam", "Sammy")), Map.entry("Abigail", List.of("Abby")),
            Map.entry("Dorothy", List.of("Dot", "Dottie")), Map.entry("Kimberly", List.of("Kim")), Map.entry("Pamela", List.of("Pam")),
            Map.entry("Cynthia", List.of("Cindy")), Map.entry("Judith", List.of("Judy")), Map.entry("Barbara", List.of("Barb", "Babs")),
            Map.entry("Alexis", List.of("Lexi")), Map.entry("Stephanie", List.of("Steph")), Map.entry("Kathleen", List.of("Kathy")),
            Map.entry("Jacqueline", List.of("Jackie")), Map.entry("Frances", List.of("Fran")), Map.entry("Natalie", List.of("Nat")));

    static final List<String> SURNAMES = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
            "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
            "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
            "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
            "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart",
            "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey",
            "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood",
            "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel",
            "Myers", "Long", "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell",
            "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan",
            "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole",
            "Hayes", "Bryant", "Herrera", "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford",
            "Castro", "Marshall", "Owens", "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells",
            "Vargas", "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson",
            "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks",
            "Holmes", "Palmer", "Wagner", "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren",
            "Mills", "Meyer", "Rice", "Schmidt", "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver",
            "Ryan", "Gardner", "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez",
            "Hansen", "Peters", "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong",
            "Hudson", "Carroll", "Lane", "Riley", "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman",
            "Johnston", "Matthews", "Pena", "Richards", "Contreras", "Willis", "Carpenter", "Lawrence", "Sandoval",
            "O'Brien", "O'Connor", "McCarthy", "Byrne", "Walsh", "Doyle", "Kowalski", "Nowak", "Muller", "Schneider",
            "Fischer", "Weber", "Novak", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Dubois", "Laurent",
            "Lefebvre", "Moreau", "Jansen", "De Vries", "Van Dijk", "Bakker", "Visser", "Larsen", "Nielsen", "Eriksson",
            "Johansson", "Lindqvist", "Virtanen", "Korhonen", "Kaur", "Singh", "Sharma", "Gupta", "Khan", "Ali", "Ahmed",
            "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
            "Tanaka", "Suzuki", "Sato", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Park", "Choi", "Jung", "Kang",
            "Okafor", "Adeyemi", "Mensah", "Owusu", "Abubakar", "Silva", "Santos", "Oliveira", "Souza", "Pereira");

    private static final List<String> SURNAME_HEADS = List.of("Ash", "Brad", "Black", "Brook", "Cald", "Chad", "Clay",
            "Cran", "Dal", "Dun", "Elms", "Fair", "Farn", "Hal", "Hart", "Hay", "Hol", "Kings", "Lang", "Lind", "Mar",
            "Mid", "Mor", "New", "North", "Oak", "Pen", "Red", "Ridge", "Rock", "Rad", "Shel", "Stan", "Sum", "Thorn",
            "Wes", "Whit", "Wind", "Wood", "York", "Ald", "Bar", "Bel", "Birk", "Bram", "Carl", "Dar", "Ever", "Gar", "Har");

    private static final List<String> SURNAME_TAILS = List.of("worth", "ley", "ton", "field", "ford", "wood", "well",
            "by", "ham", "more", "dale", "bury", "wick", "stead", "combe", "hurst", "land", "shaw", "ridge", "brook",
            "cliffe", "den", "gate", "holm", "thorpe", "wright", "man", "ock", "ing", "er", "son", "low", "ney", "sey");

    static final List<String> STREETS = List.of("High", "Church", "Main", "Park", "Oak", "Maple", "Cedar", "Elm",
            "Pine", "Washington", "Lake", "Hill", "Station", "Victoria", "Green", "Manor", "Mill", "School", "North",
            "South", "West", "East", "King", "Queen", "New", "Grange", "Kings", "Windsor", "Alexander", "York",
            "Highland", "Sunset", "Lincoln", "Jefferson", "Madison", "Franklin", "River", "Forest", "Meadow", "Spring",
            "Willow", "Birch", "Chestnut", "Walnut", "Ash", "Poplar", "Orchard", "Bridge", "Castle", "Abbey", "Albert",
            "George", "Russell", "Market", "Garden", "Valley", "Ridge", "Harbor", "Bay", "Cherry", "Hawthorn", "Juniper",
            "Magnolia", "Sycamore", "Laurel", "Heather", "Primrose", "Cambridge", "Oxford", "Mountain", "Prospect");

    /** Street types and their usual abbreviations; a duplicate may write either. */
    static final List<String[]> STREET_TYPES = List.of(new String[] {"Street", "St"}, new String[] {"Road", "Rd"},
            new String[] {"Avenue", "Ave"}, new String[] {"Lane", "Ln"}, new String[] {"Drive", "Dr"},
            new String[] {"Court", "Ct"}, new String[] {"Place", "Pl"}, new String[] {"Boulevard", "Blvd"},
            new String[] {"Terrace", "Tce"}, new String[] {"Crescent", "Cres"}, new String[] {"Close", "Cl"},
            new String[] {"Way", "Wy"});

    static final List<String> TOWNS = List.of("Springfield", "Riverside", "Franklin", "Greenville", "Bristol",
            "Clinton", "Fairview", "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Burlington", "Manchester",
            "Milton", "Newport", "Oxford", "Winchester", "Chester", "Dover", "Hudson", "Kingston", "Lexington", "Marion",
            "Mount Vernon", "Oakland", "Clayton", "Dayton", "Jackson", "Lebanon", "Monroe", "Auburn", "Bedford",
            "Cleveland", "Columbia", "Farmington", "Glendale", "Hamilton", "Harrison", "Jefferson", "Lancaster",
            "Lincoln", "Marshall", "Middletown", "Mount Pleasant", "Oak Grove", "Plymouth", "Portland", "Princeton",
            "Richmond", "Shelby", "Troy", "Union", "Warren", "Washington", "Waverly", "Westfield", "Williamsburg",
            "Wilmington", "Woodstock", "Aberdeen", "Belmont", "Brighton", "Cambridge", "Camden", "Canton", "Centerville",
            "Concord", "Danville", "Easton", "Elgin", "Florence", "Frankfort", "Hanover", "Highland", "Hillsboro",
            "Huntington", "Lakewood", "Liberty", "Medford", "Newton", "Norwood", "Oxford Mills", "Pittsfield", "Quincy",
            "Raleigh", "Rochester", "Sheffield", "Somerset", "Stratford", "Sudbury", "Taunton", "Vernon", "Watertown");

    static final List<String> EMAIL_DOMAINS = List.of("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com",
            "hotmail.com", "icloud.com", "aol.com", "proton.me", "mail.com", "comcast.net", "live.com", "gmx.net");

    private PeopleVocabulary() {
    }

    /** 60% from the common surnames (Zipf-like head), 40% from the long tail of compositions (1,700 of them). */
    static String surname(SplittableRandom random) {
        if (random.nextDouble() < 0.6) {
            return COMMON_SURNAMES.draw(random);
        }
        return SURNAME_HEADS.get(random.nextInt(SURNAME_HEADS.size()))
                + SURNAME_TAILS.get(random.nextInt(SURNAME_TAILS.size()));
    }

    static final Skewed MALE_NAMES = new Skewed(MALE, 5);
    static final Skewed FEMALE_NAMES = new Skewed(FEMALE, 5);
    static final Skewed COMMON_SURNAMES = new Skewed(SURNAMES, 10);
    static final Skewed TOWN_NAMES = new Skewed(TOWNS, 15);
    static final Skewed STREET_NAMES = new Skewed(STREETS, 10);

    /** Draws the value of rank r with weight 1/(r + flatten): a Zipf-like head that is not too steep. */
    static final class Skewed {

        private final List<String> values;
        private final double[] cumulative;

        Skewed(List<String> values, double flatten) {
            this.values = List.copyOf(values);
            this.cumulative = new double[values.size()];
            double sum = 0;
            for (int rank = 0; rank < values.size(); rank++) {
                sum += 1.0 / (rank + 1 + flatten);
                cumulative[rank] = sum;
            }
        }

        String draw(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = java.util.Arrays.binarySearch(cumulative, target);
            return values.get(Math.min(values.size() - 1, index >= 0 ? index : -index - 1));
        }

        /** The index of a value in the list, e.g. a town's, to derive its postcodes. */
        int indexOf(String value) {
            return values.indexOf(value);
        }
    }
}
