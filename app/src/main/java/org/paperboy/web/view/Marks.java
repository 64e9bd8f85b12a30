package org.paperboy.web.view;

/** How the visitor marked papers in their library: what the ☆ and "not interested" show. */
public interface Marks {
  boolean saved(String paperId);

  boolean dismissed(String paperId);

  /** The visitor's labs' lists that hold the paper, linked. */
  default java.util.List<Link> labLists(String paperId) {
    return java.util.List.of();
  }

  /** Nobody signed in: nothing is marked. */
  Marks NONE =
      new Marks() {
        @Override
        public boolean saved(String paperId) {
          return false;
        }

        @Override
        public boolean dismissed(String paperId) {
          return false;
        }
      };
}
