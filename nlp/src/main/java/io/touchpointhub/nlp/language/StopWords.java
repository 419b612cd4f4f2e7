package io.touchpointhub.nlp.language;

import java.util.Map;
import java.util.Set;

/** The most frequent function words of the Latin-script languages the detector tells apart. */
final class StopWords {

    static final Map<String, Set<String>> LATIN = Map.of(
            "en", Set.of("the", "and", "is", "are", "was", "were", "to", "of", "in", "it", "that", "this", "for",
                    "with", "you", "i", "my", "me", "we", "they", "he", "she", "not", "but", "have", "has", "had",
                    "be", "been", "on", "at", "so", "just", "what", "all", "your", "from", "an", "a", "or", "will",
                    "can", "do", "don't", "it's", "i'm", "very", "really", "about", "would", "there", "their", "its",
                    "if", "no", "out", "up", "get", "got", "love", "like", "one", "more", "than", "when", "who",
                    "how", "our", "by", "as", "his", "her", "them", "these", "those", "which", "some", "any", "much",
                    "too", "also", "only", "again", "another", "good", "new", "day", "today", "now", "time", "am"),
            "fr", Set.of("le", "la", "les", "des", "est", "et", "un", "une", "du", "de", "je", "tu", "il", "elle",
                    "nous", "vous", "ils", "pas", "ne", "que", "qui", "dans", "pour", "sur", "avec", "mais", "ce",
                    "cette", "très", "sont", "être", "avoir", "au", "aux", "mon", "ma", "mes", "c'est", "j'ai"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "ich", "du", "wir", "sie",
                    "es", "mit", "für", "auf", "den", "dem", "des", "zu", "von", "sehr", "aber", "auch", "war",
                    "sind", "haben", "hat", "wie", "noch", "nur", "kein", "keine", "mein", "dass", "oder", "bei"),
            "es", Set.of("el", "la", "los", "las", "es", "y", "un", "una", "de", "del", "que", "en", "por", "para",
                    "con", "no", "muy", "pero", "yo", "tu", "mi", "su", "lo", "como", "más", "está", "son", "fue",
                    "se", "al", "este", "esta", "todo", "gracias", "hay", "también"),
            "it", Set.of("il", "lo", "la", "gli", "le", "è", "e", "un", "una", "di", "del", "della", "che", "non",
                    "per", "con", "sono", "molto", "ma", "io", "tu", "noi", "mio", "mia", "questo", "questa",
                    "anche", "come", "nel", "alla", "ho", "ha", "grazie", "tutto"),
            "pt", Set.of("o", "a", "os", "as", "é", "e", "um", "uma", "de", "do", "da", "dos", "das", "que", "não",
                    "em", "no", "na", "para", "com", "muito", "mas", "eu", "você", "meu", "minha", "isso", "este",
                    "esta", "foi", "são", "está", "obrigado", "também", "mais"),
            "nl", Set.of("de", "het", "een", "en", "is", "niet", "ik", "je", "jij", "wij", "zij", "van", "met",
                    "voor", "op", "aan", "dat", "die", "dit", "maar", "zeer", "heel", "erg", "geen", "ook", "was",
                    "zijn", "heb", "heeft", "wat", "nog", "mijn", "bij"));

    private StopWords() {
    }
}
