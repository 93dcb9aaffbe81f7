/// The outline an SVG `<path d=…>` draws, as polylines: straight pieces as they are, cubic
/// Bézier curves sampled finely enough that no sample step is longer than a given length.
/// Graphviz writes its edges as `M` and `C` commands; `L`, `H`, `V`, `Z` and the relative
/// lowercase forms are read too.
enum SVGPath {
    /// A point in drawing units.
    typealias Point = (x: Double, y: Double)

    /// The polylines of `d`, one per subpath.
    ///
    /// - Parameters:
    ///   - step: The longest step between two samples of a curve, in the path's units.
    /// - Complexity: O(n + L / `step`) for n numbers and curves of total length L.
    static func polylines(_ d: String, step: Double) -> [[Point]] {
        var lines: [[Point]] = []
        var line: [Point] = []
        var current: Point = (0, 0), start: Point = (0, 0)
        var command: Character = "M"
        var numbers: [Double] = []
        func finish() {
            if line.count > 1 { lines.append(line) }
            line = []
        }
        func apply() {
            let relative = command.isLowercase
            func point(_ index: Int) -> Point {
                relative ? (current.x + numbers[index], current.y + numbers[index + 1]) : (numbers[index], numbers[index + 1])
            }
            switch command.uppercased() {
            case "M":
                var index = 0
                while index + 1 < numbers.count {
                    let next = point(index)
                    if index == 0 {
                        finish()
                        start = next
                    }
                    line.append(next)
                    current = next
                    index += 2
                }
            case "L":
                var index = 0
                if line.isEmpty { line.append(current) }
                while index + 1 < numbers.count {
                    current = point(index)
                    line.append(current)
                    index += 2
                }
            case "H":
                if line.isEmpty, !numbers.isEmpty { line.append(current) }
                for value in numbers {
                    current = (relative ? current.x + value : value, current.y)
                    line.append(current)
                }
            case "V":
                if line.isEmpty, !numbers.isEmpty { line.append(current) }
                for value in numbers {
                    current = (current.x, relative ? current.y + value : value)
                    line.append(current)
                }
            case "C":
                var index = 0
                while index + 5 < numbers.count {
                    let (p0, p1, p2, p3) = (current, point(index), point(index + 2), point(index + 4))
                    if line.isEmpty { line.append(p0) }
                    // The control polygon is never shorter than the curve.
                    let length = distance(p0, p1) + distance(p1, p2) + distance(p2, p3)
                    let count = max(1, Int((length / max(step, 1e-6)).rounded(.up)))
                    for sample in 1...count {
                        let t = Double(sample) / Double(count), u = 1 - t
                        let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, e = t * t * t
                        line.append((a * p0.x + b * p1.x + c * p2.x + e * p3.x, a * p0.y + b * p1.y + c * p2.y + e * p3.y))
                    }
                    current = p3
                    index += 6
                }
            case "Z":
                if !line.isEmpty { line.append(start) }
                current = start
                finish()
            default:
                break
            }
            numbers = []
        }
        var token = ""
        func flushNumber() {
            if let value = Double(token) { numbers.append(value) }
            token = ""
        }
        for character in d {
            if character.isLetter, character != "e", character != "E" {
                flushNumber()
                apply()
                command = character
            } else if character == "-", !(token.last == "e" || token.last == "E") {
                flushNumber()
                token = "-"
            } else if character.isNumber || character == "." || character == "e" || character == "E" {
                if character == ".", token.contains("."), !token.contains("e") {
                    flushNumber()
                }
                token.append(character)
            } else {
                flushNumber()
            }
        }
        flushNumber()
        apply()
        finish()
        return lines
    }

    private static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }
}
