import CooperationCore
/// A small RFC 4180 CSV parser over UTF-8 bytes: quoted fields, doubled quotes, line breaks
/// inside quotes, CRLF or LF line ends. It reports the line each record starts on.
struct CSVParser {
    /// A record and the line it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// A problem that stops parsing, with its line.
    struct Failure: Error {
        var line: Int
        var message: String
    }

    /// Every record of `bytes`, the header included; blank lines are skipped.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func records(_ bytes: [UInt8]) throws(Failure) -> [Record] {
        var records: [Record] = []
        try forEachRecord(bytes) { fields, line in records.append(Record(fields: fields, line: line)) }
        return records
    }

    /// Calls `body` with the fields and starting line of every record of `bytes`, the header
    /// included, without keeping them; blank lines are skipped.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func forEachRecord(_ bytes: [UInt8], _ body: ([String], Int) -> Void) throws(Failure) {
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var index = bytes.startIndex
        var inQuotes = false, wasQuoted = false
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { body(fields, recordLine) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.endIndex, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case quote:
                    guard field.isEmpty, !wasQuoted else {
                        throw Failure(line: line, message: "a quote inside an unquoted field")
                    }
                    inQuotes = true
                    wasQuoted = true
                case comma:
                    endField()
                case newline:
                    endRecord()
                    line += 1
                    recordLine = line
                case carriage:
                    break
                default:
                    guard !wasQuoted else { throw Failure(line: line, message: "text after a closing quote") }
                    field.append(byte)
                }
            }
            index += 1
        }
        if inQuotes { throw Failure(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
    }
}
