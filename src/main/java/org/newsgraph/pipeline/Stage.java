package org.newsgraph.pipeline;

import java.util.Set;

import org.newsgraph.doc.Document;
import org.newsgraph.doc.Key;

/**
 * One step of the pipeline. A stage declares the annotations it reads and the ones it writes; the
 * {@link Pipeline} checks the order when it is built. Stages are shared between threads: per-call state
 * stays local or in a {@code ThreadLocal}.
 */
public interface Stage {

  /** A short name for timings and messages. */
  String name();

  /** Annotations this stage reads. */
  Set<Key<?>> requires();

  /** Annotations this stage writes. */
  Set<Key<?>> produces();

  /** Adds this stage's annotations to the document. */
  void annotate(Document doc);
}
