package io.touchpointhub.nlp.topic;

import java.util.ArrayList;
import java.util.List;

/** Cuts a topic query into operators, parentheses, quoted phrases and bare words. */
final class QueryLexer {

    enum Kind { LPAREN, RPAREN, AND, OR, NOT, PHRASE, WORD }

    record Token(Kind kind, String text, int position) {
    }

    private QueryLexer() {
    }

    static List<Token> tokens(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), i));
                i++;
            } else if (c == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    throw new InvalidTopicQueryException(i, "unclosed quote");
                }
                tokens.add(new Token(Kind.PHRASE, query.substring(i + 1, close), i));
                i = close + 1;
            } else if (c == '-' && i + 1 < query.length() && startsOperand(query.charAt(i + 1))) {
                // "-word" is shorthand for NOT word, as in web search
                tokens.add(new Token(Kind.NOT, "-", i));
                i++;
            } else {
                int end = i;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end))
                        && "()\"".indexOf(query.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(word(query.substring(i, end), i));
                i = end;
            }
        }
        return tokens;
    }

    private static boolean startsOperand(char c) {
        return !Character.isWhitespace(c) && c != ')' && c != '-';
    }

    /** Operators are upper-case only, so "and", "or", "not" stay ordinary words. */
    private static Token word(String text, int position) {
        return switch (text) {
            case "AND", "&&" -> new Token(Kind.AND, text, position);
            case "OR", "||" -> new Token(Kind.OR, text, position);
            case "NOT" -> new Token(Kind.NOT, text, position);
            default -> new Token(Kind.WORD, text, position);
        };
    }
}
