import Testing
@testable import RaadsDocODF

/// The bounded store behind a writer's shared parts: it never holds more
/// than its capacity and, when full, drops the entry used least recently.
@Suite struct LRUCacheTests {
    @Test func neverHoldsMoreThanItsCapacity() {
        var cache = LRUCache<Int, Int>(capacity: 8)
        for key in 0..<1000 {
            cache.insert(key * 2, for: key)
            #expect(cache.count <= 8)
        }
        #expect(cache.count == 8)
        #expect((992..<1000).allSatisfy { cache.value(for: $0) == $0 * 2 })
        #expect(cache.value(for: 991) == nil)
    }

    @Test func dropsTheLeastRecentlyUsedEntryWhenFull() {
        var cache = LRUCache<String, Int>(capacity: 3)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        cache.insert(3, for: "c")
        #expect(cache.value(for: "a") == 1)
        cache.insert(4, for: "d")
        #expect(!cache.contains("b"))
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
        #expect(cache.value(for: "d") == 4)
    }

    @Test func insertingAKnownKeyReplacesItsValueAndCountsAsAUse() {
        var cache = LRUCache<String, Int>(capacity: 2)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        cache.insert(10, for: "a")
        cache.insert(3, for: "c")
        #expect(cache.count == 2)
        #expect(cache.value(for: "a") == 10)
        #expect(!cache.contains("b"))
    }

    @Test func aCapacityOfOneKeepsTheLastEntry() {
        var cache = LRUCache<Int, Int>(capacity: 1)
        for key in 0..<5 { cache.insert(key, for: key) }
        #expect(cache.count == 1)
        #expect(cache.value(for: 4) == 4)
        #expect(cache.value(for: 3) == nil)
    }
}
