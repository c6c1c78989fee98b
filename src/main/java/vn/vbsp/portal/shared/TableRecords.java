package vn.vbsp.portal.shared;

import java.util.List;

/** Receives the records of a file one by one: the header first, then each data record with its line in the file. */
public interface TableRecords {

    void header(List<String> names);

    /**
     * A data record.
     *
     * @param line    the line in the file where the record starts (the header being line 1)
     * @param fields  its fields, as many as the record has
     * @param flaw    what is wrong with the record's form (a quote out of place, too many fields), or null
     */
    void record(int line, List<String> fields, MessageKey flaw);
}
