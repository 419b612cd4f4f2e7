package io.touchpointhub.nlp.chinese;

import com.hankcs.hanlp.seg.common.Term;
import io.touchpointhub.model.SentenceSentiment;
import io.touchpointhub.nlp.sentiment.Polarity;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment of Chinese text from the hub's own lexicon with rules in VADER's manner: a negation within
 * the three words before a sentiment word flips it (to 74 %), degree adverbs scale it ("非常好", "有点贵"),
 * after a contrast word ("但是", "不过") the clause counts 1.5×, before it 0.5×; "不是一般的" intensifies
 * instead of negating, "!" adds emphasis as in VADER, and a sentence hedged with "吧" counts 0.7×. The sum is normalised
 * to −1 … +1 like VADER's compound score. No model is trained: the evaluation sets stay evaluation-only.
 */
public final class ChineseSentiment {

    private static final double NEGATION = -0.74;
    /** VADER's emphasis per exclamation mark. */
    private static final double EXCLAMATION = 0.292;
    /** What is left of a sentence hedged with "吧". */
    private static final double HEDGED = 0.7;
    /** Characters that end a sentence. */
    private static final String SENTENCE_ENDS = "。！？!?；;…\n";
    /** "不是一般的难吃": "not ordinary" intensifies the word after it instead of negating it. */
    private static final double NOT_ORDINARY = 1.8;

    private final ChineseLexicon lexicon = ChineseLexicon.load();

    public ChineseSentiment() {
        ChineseText.addWords(lexicon.words());
    }

    /** The score of a segmented Simplified text, per sentence and overall (−1 … +1). */
    public Result score(List<Term> terms, String text) {
        List<SentenceSentiment> sentences = new ArrayList<>();
        double total = 0;
        int start = 0;
        for (int i = 0; i <= terms.size(); i++) {
            if (i == terms.size() || isSentenceEnd(terms.get(i).word)) {
                if (i > start) {
                    double sum = emphasised(particle(clauseSum(terms.subList(start, i)), terms.get(i - 1).word),
                            i < terms.size() ? terms.get(i).word : "");
                    total += sum;
                    int begin = terms.get(start).offset;
                    int end = Math.min(text.length(), terms.get(i - 1).offset + terms.get(i - 1).word.length());
                    double score = Polarity.normalize(sum);
                    sentences.add(new SentenceSentiment(begin, end, Polarity.label(score, Polarity.DEFAULT_NEUTRAL_BAND), score));
                }
                start = i + 1;
            }
        }
        return new Result(Polarity.normalize(total), sentences);
    }

    /** The overall score and the sentences. */
    public record Result(double score, List<SentenceSentiment> sentences) {
    }

    private double clauseSum(List<Term> terms) {
        double[] valences = new double[terms.size()];
        int contrast = -1;
        for (int i = 0; i < terms.size(); i++) {
            String word = terms.get(i).word;
            if (contrast < 0 && ChineseLexicon.CONTRASTS.contains(word)) {
                contrast = i;
            }
            valences[i] = valenceAt(terms, i);
        }
        double sum = 0;
        for (int i = 0; i < valences.length; i++) {
            double weight = contrast < 0 ? 1.0 : i < contrast ? 0.5 : 1.5;
            sum += valences[i] * weight;
        }
        return sum;
    }

    private double valenceAt(List<Term> terms, int i) {
        String word = terms.get(i).word;
        Double valence = lexicon.valence(word);
        if (valence != null && ChineseLexicon.DEGREES.containsKey(word) && i + 1 < terms.size()
                && lexicon.valence(terms.get(i + 1).word) != null) {
            return 0; // "好" in "好腻" is an adverb: it scales the next word and says nothing itself
        }
        if (isNotOrdinary(terms, i)) {
            return 0;
        }
        if (valence != null) {
            return modified(terms, i, valence);
        }
        double compound = compound(word);
        if (compound != 0) {
            return compound * modifierFactor(terms, i);
        }
        return ChinesePatterns.valence(terms, i);
    }

    /** A word the segmenter left whole, such as "太慢" or "不干净": its head scales or negates its tail. */
    private double compound(String word) {
        for (int split = 1; split <= 2 && split < word.length(); split++) {
            Double tail = lexicon.valence(word.substring(split));
            if (tail != null) {
                String head = word.substring(0, split);
                Double degree = ChineseLexicon.DEGREES.get(head);
                if (degree != null) {
                    return tail * degree;
                }
                if (ChineseLexicon.NEGATIONS.contains(head)) {
                    return tail * NEGATION;
                }
            }
        }
        return 0;
    }

    private static double modifierFactor(List<Term> terms, int i) {
        return modified(terms, i, 1.0);
    }

    private static double modified(List<Term> terms, int i, double valence) {
        double result = valence;
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            String before = terms.get(i - back).word;
            if (isClauseBreak(before)) {
                break;
            }
            if (isNotOrdinary(terms, i - back)) {
                result *= NOT_ORDINARY;
                break;
            }
            Double degree = ChineseLexicon.DEGREES.get(before);
            if (degree != null) {
                result *= degree;
            } else if (ChineseLexicon.NEGATIONS.contains(before)) {
                result *= NEGATION;
            }
        }
        return result;
    }

    /** A run of sentence-ending marks ("。", "！！", "？！", "…"), or a line break. */
    private static boolean isSentenceEnd(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (SENTENCE_ENDS.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A sentence ending in "吧" is hedged ("还行吧", "一般吧"): it says less than the same words without it. */
    private static double particle(double sum, String last) {
        return last.equals("吧") ? sum * HEDGED : sum;
    }

    /** "!" strengthens what the sentence says, as in VADER (+0.292 per mark, at most four). */
    private static double emphasised(double sum, String end) {
        if (sum == 0) {
            return sum;
        }
        long marks = Math.min(4, end.chars().filter(c -> c == '!' || c == '！').count());
        return sum + Math.signum(sum) * marks * EXCLAMATION;
    }

    /** "一般" in "不是一般的" / "非一般的" (not ordinary, i.e. extraordinarily). */
    private static boolean isNotOrdinary(List<Term> terms, int i) {
        return terms.get(i).word.equals("一般") && i > 0 && i + 1 < terms.size() && terms.get(i + 1).word.equals("的")
                && (terms.get(i - 1).word.equals("不是") || terms.get(i - 1).word.equals("非"));
    }

    private static boolean isClauseBreak(String word) {
        return word.equals("，") || word.equals(",") || word.equals("、") || word.equals(" ");
    }
}
