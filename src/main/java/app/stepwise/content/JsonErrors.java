package app.stepwise.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's syntax and type errors into one plain sentence with the JSON path and line. */
final class JsonErrors {

    /** Jackson names the JSON value it met as "from String value", "coerce Integer value" and the like. */
    private static final Pattern FOUND = Pattern.compile("(?:from|coerce) ([A-Za-z-]+) value");
    private static final Map<String, String> FOUND_WORDS = Map.of("String", "text", "Integer", "a whole number",
            "Floating-point", "a decimal number", "Boolean", "true or false", "Array", "a list", "Object", "an object",
            "Null", "null");

    private JsonErrors() {
    }

    static String describe(JacksonException e) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : parserPath(e);
        if (e instanceof UnrecognizedPropertyException u && path.endsWith(u.getPropertyName())) {
            path = path.substring(0, path.length() - u.getPropertyName().length()).replaceAll("\\.$", "");
        }
        return (path.isEmpty() ? "document" : path) + ": " + what(e) + where(e.getLocation());
    }

    private static String what(JacksonException e) {
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            JacksonException syntax = e instanceof StreamReadException ? e : (JacksonException) e.getCause();
            return "the file is not valid JSON (" + withoutSource(syntax.getOriginalMessage()) + ")";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + u.getPropertyName() + "\"";
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed here";
        }
        if (e instanceof InvalidFormatException f) {
            return "\"" + f.getValue() + "\" is not " + expected(f.getTargetType());
        }
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException m) {
            if (message.startsWith("No content")) {
                return "the file is empty";
            }
            if (message.startsWith("Trailing token")) {
                return "there is more content after the end of the document";
            }
            return "expected " + expected(m.getTargetType()) + found(message);
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return "could not be built (" + firstLine(String.valueOf(e.getCause().getMessage())) + ")";
        }
        return firstLine(message);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", enumNames(type));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a " + type.getSimpleName();
    }

    private static String found(String message) {
        if (message.startsWith("Cannot map `null`")) {
            return " but it is missing or null";
        }
        Matcher found = FOUND.matcher(message);
        return found.find() && FOUND_WORDS.containsKey(found.group(1))
                ? " but found " + FOUND_WORDS.get(found.group(1)) : "";
    }

    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getFields()).filter(Field::isEnumConstant)
                .map(f -> f.isAnnotationPresent(JsonProperty.class) ? f.getAnnotation(JsonProperty.class).value()
                        : f.getName())
                .toList();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** For syntax errors the parser's own context is the only record of where it was. */
    private static String parserPath(JacksonException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Drops Jackson's "[Source: …]" notes, which only repeat the location we report ourselves. */
    private static String withoutSource(String message) {
        String line = firstLine(message);
        int source = line.indexOf(" (for ");
        return (source < 0 ? line : line.substring(0, source)).strip();
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
