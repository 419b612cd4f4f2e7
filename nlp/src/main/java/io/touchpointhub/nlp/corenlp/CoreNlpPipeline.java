package io.touchpointhub.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.NamedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * Stanford CoreNLP (GPL-3.0-or-later) built once: tokenizer, sentence splitter, POS tagger, the
 * shift-reduce constituency parser ({@code englishSR.ser.gz}: about 5× faster than the PCFG parser at
 * the same accuracy), the recursive sentiment model and the CoNLL 4-class CRF entity recogniser without
 * SUTime, numeric or fine-grained classifiers. {@link StanfordCoreNLP#annotate} is thread-safe, so one
 * instance serves every thread. Loading takes 10–20 s and about 700 MB of heap.
 */
public final class CoreNlpPipeline {

    /** Sentences longer than this many tokens are not parsed (parse time grows with length). */
    static final int MAX_SENTENCE_TOKENS = 80;

    private final StanfordCoreNLP pipeline;

    private CoreNlpPipeline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (slow: call once, from a background thread if start-up matters). */
    public static CoreNlpPipeline load() {
        return new CoreNlpPipeline(new StanfordCoreNLP(properties()));
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        props.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        props.setProperty("parse.binaryTrees", "true");
        props.setProperty("parse.maxlen", String.valueOf(MAX_SENTENCE_TOKENS));
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.combinationMode", "NORMAL");
        return props;
    }

    /** Sentiment per sentence and entities of an English text. */
    public CoreNlpResult analyze(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<CoreNlpResult.Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            double[] probabilities = probabilities(sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class));
            sentences.add(new CoreNlpResult.Sentence(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    tokens.size(), probabilities));
        }
        return new CoreNlpResult(sentences, entities(annotation));
    }

    /** The five class probabilities (very negative … very positive) at the root, or null if unparsed. */
    private static double[] probabilities(Tree tree) {
        if (tree == null) {
            return null;
        }
        SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
        if (predictions == null || predictions.getNumElements() != 5) {
            return null;
        }
        double[] p = new double[5];
        for (int i = 0; i < 5; i++) {
            p[i] = predictions.get(i);
        }
        return p;
    }

    private static List<NamedEntity> entities(Annotation annotation) {
        List<NamedEntity> entities = new ArrayList<>();
        for (CoreEntityMention mention : new CoreDocument(annotation).entityMentions()) {
            EntityType type = switch (mention.entityType()) {
                case "PERSON" -> EntityType.PERSON;
                case "ORGANIZATION" -> EntityType.ORGANIZATION;
                case "LOCATION" -> EntityType.LOCATION;
                case "MISC" -> EntityType.OTHER;
                default -> null;
            };
            if (type != null) {
                entities.add(new NamedEntity(mention.text(), type, mention.charOffsets().first(), mention.charOffsets().second()));
            }
        }
        return entities;
    }
}
