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
        try forEachRecord(bytes, separator: separator) { fields, line in records.append(Record(fields: fields.strings, line: line)) }
        return records
    }

    /// Calls `body` with the fields and starting line of every record of `bytes`, the header
    /// included, without keeping them; blank lines are skipped. `bytes` must be valid UTF-8
    /// (the reader checks or converts them first).
    ///
    /// A field is handed over as where its bytes are: an unquoted field as a range of `bytes`,
    /// a quoted one copied once to undo doubled quotes. No string is made unless asked for.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func forEachRecord(_ bytes: [UInt8], separator: UInt8 = UInt8(ascii: ","), _ body: (CSVRecord, Int) -> Void) throws(Failure) {
        let failure: Failure? = bytes.withUnsafeBufferPointer { buffer in
            forEachRecord(in: buffer, separator: separator, body)
        }
        if let failure { throw failure }
    }

    /// ``forEachRecord(_:separator:_:)`` over raw bytes; returns the failure instead of throwing.
    private static func forEachRecord(in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, _ body: (CSVRecord, Int) -> Void) -> Failure? {
        var fields = CSVRecord(input: bytes)
        var quoted: [UInt8] = []
        var line = 1, recordLine = 1
        let end = bytes.count
        var index = 0
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }

        func endRecord() {
            if !(fields.count == 1 && fields.isEmpty(0)) { body(fields, recordLine) }
            fields.removeAll()
        }

        // Each pass reads one field and the separator or line end after it.
        while index < end {
            if bytes[index] == quote {
                index += 1
                quoted.removeAll(keepingCapacity: true)
                var closed = false
                while index < end {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < end, bytes[index + 1] == quote {
                            quoted.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == newline { line += 1 }
                    quoted.append(byte)
                    index += 1
                }
                guard closed else { return Failure(line: recordLine, message: "a quoted field is never closed") }
                fields.appendField(quoted)
                // A carriage return may stand before the line end.
                while index < end, bytes[index] == carriage { index += 1 }
                if index < end, bytes[index] != separator, bytes[index] != newline {
                    return Failure(line: line, message: "text after a closing quote")
                }
            } else {
                let start = index
                var stop = index
                // Carriage returns are dropped wherever they stand outside quotes; most stand
                // only before the line end, and then the field is the bytes before them.
                var sawCarriage = false, innerCarriage = false
                while index < end {
                    let byte = bytes[index]
                    if byte == separator || byte == newline { break }
                    if byte == quote { return Failure(line: line, message: "a quote inside an unquoted field") }
                    index += 1
                    if byte == carriage {
                        sawCarriage = true
                    } else {
                        if sawCarriage { innerCarriage = true }
                        stop = index
                    }
                }
                if innerCarriage {
                    fields.appendField(bytes[start..<index].lazy.filter { $0 != carriage })
                } else {
                    fields.appendField(start: start, end: stop)
                }
            }
            if index >= end {
                endRecord()
                return nil
            }
            if bytes[index] == newline {
                endRecord()
                line += 1
                recordLine = line
            }
            index += 1
            // A separator at the very end leaves one more, empty field.
            if index == end, bytes[index - 1] == separator {
                fields.appendField(start: end, end: end)
                endRecord()
            }
        }
        return nil
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
