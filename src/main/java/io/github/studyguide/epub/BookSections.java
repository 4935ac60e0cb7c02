package io.github.studyguide.epub;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds content documents to a book: to its spine, its table of contents and, once all are added, its resources.
 * {@code Book.addSection} does the same, but searches every resource and the whole spine for each document it adds,
 * which made writing a 2,000-lesson guide quadratic. Here each document's id is its file name without extension,
 * as epub4j would choose it; the names come from anchors, so they are unique.
 */
final class BookSections {

    private final Book book;
    private final Map<String, Resource> documents = new LinkedHashMap<>();

    BookSections(Book book) {
        this.book = book;
    }

    /** Adds a document with an entry at the top of the table of contents. */
    TOCReference add(String title, Resource document) {
        return book.getTableOfContents().addTOCReference(entry(title, document));
    }

    /** Adds a document with an entry under {@code parent}. */
    TOCReference add(TOCReference parent, String title, Resource document) {
        return parent.addChildSection(entry(title, document));
    }

    /** Adds an entry under {@code parent} for a place in a document already added, by its id. */
    TOCReference addPlace(TOCReference parent, String title, Resource document, String fragmentId) {
        return parent.addChildSection(new TOCReference(title, document, fragmentId));
    }

    private TOCReference entry(String title, Resource document) {
        String href = document.getHref();
        String file = href.substring(href.lastIndexOf('/') + 1);
        document.setId(file.substring(0, file.lastIndexOf('.')));
        if (documents.putIfAbsent(href, document) != null) {
            throw new IllegalStateException("Two documents would be " + href);
        }
        book.getSpine().addResource(document);
        return new TOCReference(title, document);
    }

    /** Puts the documents among the book's resources, beside the images and stylesheet already there. */
    void complete() {
        Map<String, Resource> all = new HashMap<>(book.getResources().getResourceMap());
        all.putAll(documents);
        book.getResources().set(all);
    }
}
