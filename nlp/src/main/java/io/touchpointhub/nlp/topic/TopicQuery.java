package io.touchpointhub.nlp.topic;

import io.touchpointhub.nlp.topic.QueryLexer.Kind;
import io.touchpointhub.nlp.topic.QueryLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed topic query. The language (docs/listening.md):
 * <pre>
 *   query   = or
 *   or      = and { "OR" and }
 *   and     = unary { ["AND"] unary }          adjacent operands are ANDed
 *   unary   = ("NOT" | "-") unary | primary
 *   primary = "(" or ")" | '"' phrase '"' | word
 * </pre>
 * A word is a term ({@code acme}), a hashtag ({@code #acme}: only the hashtag matches) or a prefix
 * ({@code acme*}); a word or phrase of several tokens ({@code acme-corp}, {@code "acme corp"}) matches
 * those tokens in sequence. Operators are upper-case. Immutable and thread-safe.
 */
public final class TopicQuery {

    /** Longest query accepted: topics are hand-written; a longer one is a mistake or an attack. */
    public static final int MAX_LENGTH = 4000;
    private static final int MAX_DEPTH = 32;

    private final Node root;

    private TopicQuery(Node root) {
        this.root = root;
    }

    /**
     * @throws InvalidTopicQueryException naming the rule and position when the query does not parse, or
     *                                    when it could only match by exclusion ({@code NOT acme})
     */
    public static TopicQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidTopicQueryException(0, "query is empty");
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidTopicQueryException(MAX_LENGTH, "query is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(QueryLexer.tokens(query), query.length());
        Node root = parser.or(0);
        parser.expectEnd();
        if (!root.positive()) {
            throw new InvalidTopicQueryException(0, "query must require at least one term (not only exclusions)");
        }
        return new TopicQuery(root);
    }

    /** A phrase matched as a token sequence (for exclusions): {@code acme anvil}, {@code #acme}. */
    public static TopicQuery phrase(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            throw new InvalidTopicQueryException(0, "phrase is empty");
        }
        String trimmed = phrase.strip();
        boolean hashtag = trimmed.startsWith("#");
        return new TopicQuery(Term.of(hashtag ? trimmed.substring(1) : trimmed, hashtag, false, 0));
    }

    public boolean matches(TopicText text) {
        return root.matches(text);
    }

    public boolean matches(String text) {
        return matches(TopicText.of(text));
    }

    sealed interface Node permits Term, All, Any, Not {
        boolean matches(TopicText text);

        /** Whether a match needs some term present (false for a pure exclusion). */
        boolean positive();
    }

    record Term(List<String> tokens, boolean hashtag, boolean prefix) implements Node {
        static Term of(String text, boolean hashtag, boolean prefix, int position) {
            List<String> tokens = TopicText.of(text).tokens();
            if (tokens.isEmpty()) {
                throw new InvalidTopicQueryException(position, "term has no letter or digit");
            }
            return new Term(tokens, hashtag, prefix);
        }

        public boolean matches(TopicText text) {
            return text.contains(tokens, hashtag, prefix);
        }

        public boolean positive() {
            return true;
        }
    }

    record All(List<Node> nodes) implements Node {
        public boolean matches(TopicText text) {
            return nodes.stream().allMatch(n -> n.matches(text));
        }

        public boolean positive() {
            return nodes.stream().anyMatch(Node::positive);
        }
    }

    record Any(List<Node> nodes) implements Node {
        public boolean matches(TopicText text) {
            return nodes.stream().anyMatch(n -> n.matches(text));
        }

        public boolean positive() {
            return nodes.stream().allMatch(Node::positive);
        }
    }

    record Not(Node node) implements Node {
        public boolean matches(TopicText text) {
            return !node.matches(text);
        }

        public boolean positive() {
            return false;
        }
    }

    /** Recursive descent over the lexer's tokens. */
    private static final class Parser {
        private final List<Token> tokens;
        private final int length;
        private int next;

        Parser(List<Token> tokens, int length) {
            this.tokens = tokens;
            this.length = length;
        }

        Node or(int depth) {
            List<Node> nodes = new ArrayList<>(List.of(and(depth)));
            while (at(Kind.OR)) {
                next++;
                nodes.add(and(depth));
            }
            return nodes.size() == 1 ? nodes.get(0) : new Any(List.copyOf(nodes));
        }

        private Node and(int depth) {
            List<Node> nodes = new ArrayList<>(List.of(unary(depth)));
            while (at(Kind.AND) || startsOperand()) {
                if (at(Kind.AND)) {
                    next++;
                }
                nodes.add(unary(depth));
            }
            return nodes.size() == 1 ? nodes.get(0) : new All(List.copyOf(nodes));
        }

        private Node unary(int depth) {
            if (at(Kind.NOT)) {
                next++;
                return new Not(unary(depth));
            }
            return primary(depth);
        }

        private Node primary(int depth) {
            if (next >= tokens.size()) {
                throw new InvalidTopicQueryException(length, "expected a term");
            }
            Token token = tokens.get(next++);
            return switch (token.kind()) {
                case LPAREN -> group(token, depth + 1);
                case PHRASE -> Term.of(token.text(), false, false, token.position());
                case WORD -> word(token);
                default -> throw new InvalidTopicQueryException(token.position(),
                        "expected a term, found " + token.kind().name());
            };
        }

        private Node group(Token open, int depth) {
            if (depth > MAX_DEPTH) {
                throw new InvalidTopicQueryException(open.position(), "parentheses nested deeper than " + MAX_DEPTH);
            }
            Node inner = or(depth);
            if (!at(Kind.RPAREN)) {
                throw new InvalidTopicQueryException(open.position(), "unbalanced parenthesis");
            }
            next++;
            return inner;
        }

        private static Node word(Token token) {
            String text = token.text();
            boolean hashtag = text.startsWith("#") && text.length() > 1;
            boolean prefix = text.endsWith("*") && text.length() > 1;
            String term = text.substring(hashtag ? 1 : 0, text.length() - (prefix ? 1 : 0));
            return Term.of(term, hashtag, prefix, token.position());
        }

        void expectEnd() {
            if (next < tokens.size()) {
                Token extra = tokens.get(next);
                throw new InvalidTopicQueryException(extra.position(),
                        extra.kind() == Kind.RPAREN ? "unbalanced parenthesis" : "unexpected " + extra.kind().name());
            }
        }

        private boolean at(Kind kind) {
            return next < tokens.size() && tokens.get(next).kind() == kind;
        }

        private boolean startsOperand() {
            return at(Kind.WORD) || at(Kind.PHRASE) || at(Kind.LPAREN) || at(Kind.NOT);
        }
    }
}
