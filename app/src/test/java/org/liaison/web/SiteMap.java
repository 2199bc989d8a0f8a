package org.liaison.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/**
 * The pages an officer reaches from the navigation: every link of the header and side navigation, and every
 * page one click further from those, one page per shape of address ({@code /messages/*} stands for every
 * message). Only HTML pages of this node count; downloads, the API and signing out do not.
 */
final class SiteMap {

    private static final Pattern RECORD_SEGMENT = Pattern.compile(".*\\d.*|[0-9a-f-]{32,36}");
    private static final int MOST_PAGES = 80;

    private final Page page;
    private final String origin;
    private final Map<String, String> pagesByShape = new LinkedHashMap<>();

    private SiteMap(Page page, String origin) {
        this.page = page;
        this.origin = origin;
    }

    /** Walks the navigation of the signed-in officer on {@code page}; answers one address per page shape. */
    static List<String> of(Page page, String origin) {
        var map = new SiteMap(page, origin);
        page.navigate(origin + "/");
        var first = map.addAll(page.locator("nav.sidebar a, header a").all().stream()
                .map(link -> link.getAttribute("href")).toList());
        for (var address : first) {
            if (map.pagesByShape.size() >= MOST_PAGES) break;
            page.navigate(address);
            map.addAll(page.locator("main a[href]:not([download])").all().stream()
                    .map(link -> link.getAttribute("href")).toList());
        }
        return List.copyOf(map.pagesByShape.values());
    }

    /** The shape of an address: its path with every segment that names a record replaced by {@code *}. */
    static String shapeOf(String path) {
        var shape = new StringBuilder();
        for (var segment : path.split("/")) {
            if (segment.isEmpty()) continue;
            shape.append('/').append(RECORD_SEGMENT.matcher(segment).matches() ? "*" : segment);
        }
        return shape.isEmpty() ? "/" : shape.toString();
    }

    private List<String> addAll(List<String> hrefs) {
        var added = new ArrayList<String>();
        for (var href : hrefs) {
            var address = pageAddress(href);
            if (address == null) continue;
            var shape = shapeOf(URI.create(address).getPath());
            if (!pagesByShape.containsKey(shape) && isPage(address)) {
                pagesByShape.put(shape, address);
                added.add(address);
            }
        }
        return added;
    }

    private String pageAddress(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:")) return null;
        var address = URI.create(origin + "/").resolve(href);
        if (!(address.getScheme() + "://" + address.getAuthority()).equals(origin)) return null;
        var path = address.getPath();
        if (path.startsWith("/api/") || path.startsWith("/logout") || path.startsWith("/login")
                || path.startsWith("/webjars/") || path.startsWith("/actuator") || path.matches(".*\\.[a-z0-9]{2,4}$")) {
            return null;
        }
        var query = address.getQuery() == null || address.getQuery().contains("lang=") ? "" : "?" + address.getQuery();
        return origin + path + query;
    }

    /** A page, or an address that fails (which the sweep then reports); a download is neither. */
    private boolean isPage(String address) {
        var response = page.request().get(address);
        return response.status() >= 400 || response.headers().getOrDefault("content-type", "").startsWith("text/html");
    }
}
