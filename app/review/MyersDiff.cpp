#include "MyersDiff.h"

#include <algorithm>

namespace repdesk {

MyersDiff::MyersDiff(const std::vector<int> &a, const std::vector<int> &b, qint64 budgetMs)
    : m_a(a), m_b(b), m_budget(budgetMs)
{
    m_clock.start();
}

std::vector<MyersDiff::Op> MyersDiff::run()
{
    diff(0, int(m_a.size()), 0, int(m_b.size()));
    return std::move(m_ops);
}

void MyersDiff::push(WordDiff::Kind kind, int start, int length)
{
    if (length > 0)
        m_ops.push_back({kind, start, length});
}

void MyersDiff::diff(int a0, int a1, int b0, int b1)
{
    int prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[a0 + prefix] == m_b[b0 + prefix])
        ++prefix;
    push(WordDiff::Kind::Equal, a0, prefix);
    a0 += prefix;
    b0 += prefix;
    int suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[a1 - suffix - 1] == m_b[b1 - suffix - 1])
        ++suffix;
    a1 -= suffix;
    b1 -= suffix;
    compute(a0, a1, b0, b1);
    push(WordDiff::Kind::Equal, a1, suffix);
}

void MyersDiff::compute(int a0, int a1, int b0, int b1)
{
    const int n = a1 - a0;
    const int m = b1 - b0;
    if (n == 0 || m == 0) {
        push(WordDiff::Kind::Deleted, a0, n);
        push(WordDiff::Kind::Inserted, b0, m);
        return;
    }
    // One token each, different (diff() stripped what they share): bisect's
    // arrays need n + m > 2 (it wrote one past them here; found by ASan).
    if (n == 1 && m == 1) {
        push(WordDiff::Kind::Deleted, a0, 1);
        push(WordDiff::Kind::Inserted, b0, 1);
        return;
    }
    // The shorter side whole inside the longer one: two changes around it.
    if (n != m) {
        const bool aLonger = n > m;
        const auto &lng = aLonger ? m_a : m_b;
        const auto &sht = aLonger ? m_b : m_a;
        const int l0 = aLonger ? a0 : b0, l1 = aLonger ? a1 : b1;
        const int s0 = aLonger ? b0 : a0, s1 = aLonger ? b1 : a1;
        const auto at = std::search(lng.begin() + l0, lng.begin() + l1, sht.begin() + s0, sht.begin() + s1);
        if (at != lng.begin() + l1) {
            const int i = int(at - lng.begin());
            const WordDiff::Kind kind = aLonger ? WordDiff::Kind::Deleted : WordDiff::Kind::Inserted;
            push(kind, l0, i - l0);
            push(WordDiff::Kind::Equal, aLonger ? i : a0, s1 - s0);
            push(kind, i + (s1 - s0), l1 - i - (s1 - s0));
            return;
        }
        if (std::min(n, m) == 1) { // one token, not found: nothing in common
            push(WordDiff::Kind::Deleted, a0, n);
            push(WordDiff::Kind::Inserted, b0, m);
            return;
        }
    }
    bisect(a0, a1, b0, b1);
}

void MyersDiff::bisect(int a0, int a1, int b0, int b1)
{
    const int n = a1 - a0;
    const int m = b1 - b0;
    const int maxD = (n + m + 1) / 2;
    const int offset = maxD;
    const int length = 2 * maxD;
    std::vector<int> v1(size_t(length), -1);
    std::vector<int> v2(size_t(length), -1);
    v1[size_t(offset + 1)] = 0;
    v2[size_t(offset + 1)] = 0;
    const int delta = n - m;
    const bool front = delta % 2 != 0; // the forward path meets the reverse one first
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (int d = 0; d < maxD; ++d) {
        if (m_clock.elapsed() > m_budget)
            break;
        for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            const int k1o = offset + k1;
            int x1 = (k1 == -d || (k1 != d && v1[size_t(k1o - 1)] < v1[size_t(k1o + 1)])) ? v1[size_t(k1o + 1)]
                                                                                       : v1[size_t(k1o - 1)] + 1;
            int y1 = x1 - k1;
            while (x1 < n && y1 < m && m_a[size_t(a0 + x1)] == m_b[size_t(b0 + y1)]) {
                ++x1;
                ++y1;
            }
            v1[size_t(k1o)] = x1;
            if (x1 > n) {
                k1end += 2;
            } else if (y1 > m) {
                k1start += 2;
            } else if (front) {
                const int k2o = offset + delta - k1;
                if (k2o >= 0 && k2o < length && v2[size_t(k2o)] != -1 && x1 >= n - v2[size_t(k2o)]) {
                    split(a0, a1, b0, b1, x1, y1);
                    return;
                }
            }
        }
        for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            const int k2o = offset + k2;
            int x2 = (k2 == -d || (k2 != d && v2[size_t(k2o - 1)] < v2[size_t(k2o + 1)])) ? v2[size_t(k2o + 1)]
                                                                                       : v2[size_t(k2o - 1)] + 1;
            int y2 = x2 - k2;
            while (x2 < n && y2 < m && m_a[size_t(a1 - x2 - 1)] == m_b[size_t(b1 - y2 - 1)]) {
                ++x2;
                ++y2;
            }
            v2[size_t(k2o)] = x2;
            if (x2 > n) {
                k2end += 2;
            } else if (y2 > m) {
                k2start += 2;
            } else if (!front) {
                const int k1o = offset + delta - k2;
                if (k1o >= 0 && k1o < length && v1[size_t(k1o)] != -1) {
                    const int x1 = v1[size_t(k1o)];
                    const int y1 = offset + x1 - k1o;
                    if (x1 >= n - x2) {
                        split(a0, a1, b0, b1, x1, y1);
                        return;
                    }
                }
            }
        }
    }
    // Out of time (or no common token at all): a correct, coarser answer.
    push(WordDiff::Kind::Deleted, a0, n);
    push(WordDiff::Kind::Inserted, b0, m);
}

void MyersDiff::split(int a0, int a1, int b0, int b1, int x, int y)
{
    diff(a0, a0 + x, b0, b0 + y);
    diff(a0 + x, a1, b0 + y, b1);
}

} // namespace repdesk
