package org.liaison.bench.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Baseline: Lucene, StandardAnalyzer, one FuzzyQuery (up to 2 edits) per query token, OR-ed. */
final class LuceneFuzzy implements Engine {

    private final Analyzer analyzer = new StandardAnalyzer();
    private IndexSearcher searcher;

    @Override
    public String name() {
        return "Lucene FuzzyQuery per token";
    }

    @Override
    public void index(List<Rec> entries) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256))) {
            for (Rec r : entries) {
                Document d = new Document();
                d.add(new StoredField("id", r.id()));
                d.add(new TextField("name", r.name(), Field.Store.NO));
                w.addDocument(d);
            }
            w.forceMerge(1);
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    @Override
    public List<Scored> search(Rec query, int k) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream ts = analyzer.tokenStream("name", query.name())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && clauses < 16) {
                b.add(new FuzzyQuery(new Term("name", term.toString())), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            ts.end();
        }
        List<Scored> out = new ArrayList<>();
        if (clauses == 0) {
            return out;
        }
        for (ScoreDoc sd : searcher.search(b.build(), k).scoreDocs) {
            out.add(new Scored(searcher.storedFields().document(sd.doc).get("id"), sd.score));
        }
        return out;
    }
}
