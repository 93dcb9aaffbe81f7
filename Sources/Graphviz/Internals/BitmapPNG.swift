import CGraphviz
import Foundation

/// PNG files made from the uncompressed bitmap Graphviz's `bmp` device writes (the pixels cairo
/// drew, as its `png` device draws them), compressed here in one pass.
///
/// Cairo's PNG writer goes through libpng's adaptive row filters and zlib's default level:
/// about 50 ms for a 1920 × 1080 diagram, nine times what drawing it costs. Diagrams are large
/// flat areas, which zlib's fastest level compresses as small without any row filter, in a
/// fifth of the time. The pixels are the same; only the compressed stream differs.
enum BitmapPNG {
    /// Whether a graph whose root `bgcolor` is `background` draws only opaque pixels, so that a
    /// bitmap without an alpha channel loses nothing: an explicit colour name or `#rrggbb`
    /// (or `#rrggbbff`), not a list, not `transparent` or `none`, not translucent.
    static func isOpaque(background: String) -> Bool {
        let value = background.trimmingCharacters(in: .whitespaces).lowercased()
        guard !value.isEmpty, !value.contains(":"), !value.contains(";"), !value.contains(","),
              value != "transparent", value != "none", value != "invis" else { return false }
        if value.hasPrefix("#") {
            let digits = value.dropFirst()
            guard digits.allSatisfy(\.isHexDigit) else { return false }
            return digits.count == 6 || (digits.count == 8 && digits.hasSuffix("ff"))
        }
        // A name (`white`, `/x11/white`) or an HSV triple of numbers: no alpha either way.
        return value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "." || $0 == " " }
    }

    /// The PNG of a 24- or 32-bit uncompressed BMP, or `nil` for any other bitmap.
    static func png(fromBMP bmp: Data) -> Data? {
        bmp.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data? in
            guard bytes.count >= 54, bytes[0] == 0x42, bytes[1] == 0x4D else { return nil }
            func integer(_ offset: Int, _ size: Int) -> Int {
                var value = 0
                for index in (0..<size).reversed() { value = value << 8 | Int(bytes[offset + index]) }
                return value
            }
            let pixelsAt = integer(10, 4), width = integer(18, 4)
            let storedHeight = Int32(truncatingIfNeeded: integer(22, 4))
            let bitsPerPixel = integer(28, 2), compression = integer(30, 4)
            let height = Int(storedHeight.magnitude)
            guard width > 0, height > 0, width <= 1 << 16, height <= 1 << 16, integer(26, 2) == 1,
                  (bitsPerPixel == 24 && compression == 0) || (bitsPerPixel == 32 && (compression == 0 || compression == 3)) else { return nil }
            let step = bitsPerPixel / 8
            let stride = (width * bitsPerPixel + 31) / 32 * 4
            guard pixelsAt >= 54, pixelsAt + stride * height <= bytes.count else { return nil }
            // BI_BITFIELDS: only the usual BGRA masks are read.
            if compression == 3, bytes.count >= 66,
               integer(54, 4) != 0x00FF_0000 || integer(58, 4) != 0x0000_FF00 || integer(62, 4) != 0x0000_00FF { return nil }
            // Rows top to bottom, each a filter byte (none) and its RGB triples.
            let rowLength = 1 + 3 * width
            var raw = [UInt8](repeating: 0, count: rowLength * height)
            raw.withUnsafeMutableBufferPointer { target in
                for row in 0..<height {
                    let sourceRow = storedHeight > 0 ? height - 1 - row : row
                    var source = pixelsAt + sourceRow * stride
                    var destination = row * rowLength + 1
                    for _ in 0..<width {
                        target[destination] = bytes[source + 2]
                        target[destination + 1] = bytes[source + 1]
                        target[destination + 2] = bytes[source]
                        source += step
                        destination += 3
                    }
                }
            }
            return encode(raw, width: width, height: height)
        }
    }

    /// The PNG of rows already filtered (`raw`), 8-bit RGB.
    private static func encode(_ raw: [UInt8], width: Int, height: Int) -> Data? {
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        let status = compress2(&compressed, &compressedLength, raw, uLong(raw.count), Z_BEST_SPEED)
        guard status == Z_OK else { return nil }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = [UInt8]()
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8 bits, RGB, deflate, adaptive filtering, no interlace
        appendChunk("IHDR", header[...], to: &png)
        var offset = 0
        let end = Int(compressedLength)
        repeat {
            let next = min(end, offset + (1 << 20))
            appendChunk("IDAT", compressed[offset..<next], to: &png)
            offset = next
        } while offset < end
        appendChunk("IEND", [][...], to: &png)
        return png
    }

    private static func appendChunk(_ type: String, _ body: ArraySlice<UInt8>, to png: inout Data) {
        let typeBytes = Array(type.utf8)
        png.append(contentsOf: bigEndian(UInt32(body.count)))
        png.append(contentsOf: typeBytes)
        png.append(contentsOf: body)
        // The checksum of the type and the body, read as one buffer (never an empty one).
        let checked = typeBytes + body
        let checksum = checked.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        png.append(contentsOf: bigEndian(UInt32(truncatingIfNeeded: checksum)))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
