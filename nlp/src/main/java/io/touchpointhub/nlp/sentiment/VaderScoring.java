package io.touchpointhub.nlp.sentiment;

/** VADER's last step: punctuation emphasis, the normalised compound score and the pos/neg/neu shares. */
final class VaderScoring {

    private VaderScoring() {
    }

    static LexiconScore score(double[] sentiments, String text) {
        double sum = 0;
        int carrying = 0;
        for (double s : sentiments) {
            sum += s;
            carrying += s != 0 ? 1 : 0;
        }
        double emphasis = punctuationEmphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = normalize(sum);
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (double s : sentiments) {
            if (s > 0) {
                positive += s + 1; // compensates for neutral words, which count as 1
            } else if (s < 0) {
                negative += s - 1;
            } else {
                neutral++;
            }
        }
        if (positive > Math.abs(negative)) {
            positive += emphasis;
        } else if (positive < Math.abs(negative)) {
            negative -= emphasis;
        }
        double total = positive + Math.abs(negative) + neutral;
        return new LexiconScore(compound, Math.abs(positive / total), Math.abs(negative / total),
                Math.abs(neutral / total), carrying);
    }

    static double normalize(double score) {
        double normalized = score / Math.sqrt(score * score + VaderRules.ALPHA);
        return Math.max(-1.0, Math.min(1.0, normalized));
    }

    private static double punctuationEmphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                exclamations++;
            } else if (c == '?') {
                questions++;
            }
        }
        double amplifier = Math.min(exclamations, 4) * 0.292;
        if (questions > 1) {
            amplifier += questions <= 3 ? questions * 0.18 : 0.96;
        }
        return amplifier;
    }
}
