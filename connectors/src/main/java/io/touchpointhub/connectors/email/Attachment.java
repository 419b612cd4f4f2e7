package io.touchpointhub.connectors.email;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the hub records of an attachment: its name, type and size, never its content (which may be
 * large and holds whatever the customer sent).
 *
 * @param name        the file name as the sender gave it, or {@code null}
 * @param contentType the MIME type without parameters, e.g. {@code application/pdf}
 * @param size        decoded size in bytes
 */
record Attachment(String name, String contentType, long size) {

    /** The JSON form stored in the touchpoint's {@code attachments} property. */
    Map<String, Object> toProperty() {
        Map<String, Object> property = new LinkedHashMap<>();
        if (name != null) {
            property.put("name", name);
        }
        property.put("contentType", contentType);
        property.put("size", size);
        return property;
    }
}
