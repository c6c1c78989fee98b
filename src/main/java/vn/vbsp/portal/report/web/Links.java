package vn.vbsp.portal.report.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A report URL with its current parameters, from which a page builds its other links (another sort, another
 * page, the file versions, the next step down) without dropping the filters; empty parameters are left out.
 */
public final class Links {

    private final String path;
    private final Map<String, String> params;

    Links(String path) {
        this(path, new LinkedHashMap<>());
    }

    private Links(String path, Map<String, String> params) {
        this.path = path;
        this.params = params;
    }

    /** This URL with one parameter set (or removed, for null or blank). */
    public Links with(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value == null || value.toString().isBlank()) {
            copy.remove(name);
        } else {
            copy.put(name, value.toString());
        }
        return new Links(path, copy);
    }

    /** The same parameters on another path. */
    public Links at(String otherPath) {
        return new Links(otherPath, params);
    }

    public String url() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    @Override
    public String toString() {
        return url();
    }
}
