package dev.newsfacet.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Everything an index of a few documents holds, field by field, as lines of text: field infos,
 * every term with its postings (documents, frequencies, positions), doc values, points and stored
 * fields. Two lists are equal when the two indexes answer every read alike, whatever the documents'
 * field order or repeated values.
 */
final class IndexContents {
  private IndexContents() {}

  /** Indexes the documents, in order, into one segment and describes it. */
  static List<String> of(List<Document> docs) throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer(true));
      config.setRAMBufferSizeMB(256);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (Document d : docs) {
          w.addDocument(d);
        }
        w.forceMerge(1);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        List<String> out = new ArrayList<>();
        for (FieldInfo fi : leaf.getFieldInfos()) {
          describeField(leaf, fi, out);
        }
        StoredFields stored = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          for (IndexableField f : stored.document(doc)) {
            out.add(
                "stored "
                    + doc
                    + " "
                    + f.name()
                    + " "
                    + f.stringValue()
                    + " "
                    + f.binaryValue()
                    + " "
                    + f.numericValue());
          }
        }
        return out;
      }
    }
  }

  private static void describeField(LeafReader leaf, FieldInfo fi, List<String> out)
      throws IOException {
    String name = fi.name;
    out.add(
        "field "
            + name
            + " "
            + fi.getIndexOptions()
            + " norms="
            + fi.hasNorms()
            + " dv="
            + fi.getDocValuesType()
            + " points="
            + fi.getPointDimensionCount()
            + "/"
            + fi.getPointNumBytes());
    Terms terms = leaf.terms(name);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        StringBuilder b = new StringBuilder("term " + name + " " + term + ":");
        pe = te.postings(pe, PostingsEnum.POSITIONS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          b.append(' ').append(d).append('x').append(pe.freq());
          if (fi.getIndexOptions().compareTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS)
              > 0) {
            for (int i = 0; i < pe.freq(); i++) {
              b.append('@').append(pe.nextPosition());
            }
          }
        }
        out.add(b.toString());
      }
    }
    switch (fi.getDocValuesType()) {
      case SORTED_SET -> {
        SortedSetDocValues dv = leaf.getSortedSetDocValues(name);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
          StringBuilder b = new StringBuilder("dv " + name + " " + d + ":");
          for (int i = 0; i < dv.docValueCount(); i++) {
            b.append(' ').append(dv.lookupOrd(dv.nextOrd()));
          }
          out.add(b.toString());
        }
      }
      case SORTED -> {
        SortedDocValues dv = leaf.getSortedDocValues(name);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
          out.add("dv " + name + " " + d + ": " + dv.lookupOrd(dv.ordValue()));
        }
      }
      case BINARY -> {
        BinaryDocValues dv = leaf.getBinaryDocValues(name);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
          out.add("dv " + name + " " + d + ": " + dv.binaryValue());
        }
      }
      case NUMERIC -> {
        NumericDocValues dv = leaf.getNumericDocValues(name);
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
          out.add("dv " + name + " " + d + ": " + dv.longValue());
        }
      }
      default -> {}
    }
    if (fi.getPointDimensionCount() > 0) {
      PointValues points = leaf.getPointValues(name);
      List<String> values = new ArrayList<>();
      points.intersect(
          new PointValues.IntersectVisitor() {
            @Override
            public void visit(int docID) {
              throw new UnsupportedOperationException("every cell crosses");
            }

            @Override
            public void visit(int docID, byte[] packedValue) {
              values.add("point " + name + " " + docID + ": " + new BytesRef(packedValue));
            }

            @Override
            public PointValues.Relation compare(byte[] min, byte[] max) {
              return PointValues.Relation.CELL_CROSSES_QUERY;
            }
          });
      values.sort(null);
      out.addAll(values);
    }
  }
}
