import CooperationCore
import Foundation

/// A small RFC 4180 CSV parser over UTF-8 bytes: quoted fields, doubled quotes, line breaks
/// inside quotes, CRLF or LF line ends, and a separator other than the comma (`;` and tab are
/// what spreadsheets with Polish or German settings write). It reports the line each record
/// starts on.
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
    static func records(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) throws(Failure) -> [Record] {
        var records: [Record] = []
        try forEachRecord(bytes, separator: separator) { fields, line in records.append(Record(fields: fields, line: line)) }
        return records
    }

    /// Calls `body` with the fields and starting line of every record of `bytes`, the header
    /// included, without keeping them; blank lines are skipped.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func forEachRecord(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","), _ body: ([String], Int) -> Void) throws(Failure) {
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var index = bytes.startIndex
        var inQuotes = false, wasQuoted = false
        let quote = UInt8(ascii: "\""), comma = separator, newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
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

    /// The separator a header line uses: of comma, semicolon and tab, the one that splits the
    /// first line of `bytes` into `header`, or else the one that occurs most often in it (the
    /// comma on a tie).
    static func separator(of bytes: [UInt8], header: [String]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let line = Array(bytes[start..<end]).filter { $0 != UInt8(ascii: "\r") }
        for candidate in candidates {
            let fields = line.split(separator: candidate, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces) }
            if fields == header { return candidate }
        }
        var best = candidates[0], bestCount = 0
        for candidate in candidates {
            let count = line.count(where: { $0 == candidate })
            if count > bestCount { (best, bestCount) = (candidate, count) }
        }
        return best
    }
}
