/// A map of at most `capacity` entries that, when full, makes room by
/// dropping the entry used least recently; lookups and insertions take
/// constant time. Not thread-safe by itself: its owners keep it in a Mutex.
package struct LRUCache<Key: Hashable, Value> {
    /// An entry in the list from most to least recently used, linked by
    /// index into `nodes` (-1 for none).
    private struct Node {
        var key: Key
        var value: Value
        var newer: Int
        var older: Int
    }

    package let capacity: Int
    private var nodes: [Node] = []
    private var slots: [Key: Int] = [:]
    private var newest = -1
    private var oldest = -1

    package init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    package var count: Int { slots.count }

    /// The value for `key`, which becomes the most recently used.
    package mutating func value(for key: Key) -> Value? {
        guard let slot = slots[key] else { return nil }
        moveToFront(slot)
        return nodes[slot].value
    }

    /// Whether `key` is present, without counting as a use.
    package func contains(_ key: Key) -> Bool {
        slots[key] != nil
    }

    /// Stores `value` for `key` as the most recently used, dropping the
    /// least recently used entry when the cache is full.
    package mutating func insert(_ value: Value, for key: Key) {
        if let slot = slots[key] {
            nodes[slot].value = value
            moveToFront(slot)
            return
        }
        let slot: Int
        if nodes.count < capacity {
            slot = nodes.count
            nodes.append(Node(key: key, value: value, newer: -1, older: -1))
        } else {
            slot = oldest
            unlink(slot)
            slots[nodes[slot].key] = nil
            nodes[slot] = Node(key: key, value: value, newer: -1, older: -1)
        }
        slots[key] = slot
        linkAsNewest(slot)
    }

    private mutating func moveToFront(_ slot: Int) {
        guard slot != newest else { return }
        unlink(slot)
        linkAsNewest(slot)
    }

    private mutating func unlink(_ slot: Int) {
        let (newer, older) = (nodes[slot].newer, nodes[slot].older)
        if newer >= 0 { nodes[newer].older = older } else { newest = older }
        if older >= 0 { nodes[older].newer = newer } else { oldest = newer }
        nodes[slot].newer = -1
        nodes[slot].older = -1
    }

    private mutating func linkAsNewest(_ slot: Int) {
        nodes[slot].older = newest
        nodes[slot].newer = -1
        if newest >= 0 { nodes[newest].newer = slot } else { oldest = slot }
        newest = slot
    }
}
