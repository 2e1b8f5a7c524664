// Result<T>: a value or an Error, returned by core instead of throwing across layers.
#pragma once

#include "common/Error.h"

#include <QtGlobal>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace guichet {

// Tag that makes a failed result from an Error without ambiguity when T is constructible
// from Error-like values: `return fail(FailureCode::X, "...")`.
struct Failure {
    Error error;
};

[[nodiscard]] inline Failure fail(Error error)
{
    return Failure{std::move(error)};
}

[[nodiscard]] inline Failure fail(FailureCode code, QString message, QString field = {},
                                  QString check = {})
{
    return Failure{makeError(code, std::move(message), std::move(field), std::move(check))};
}

template <typename T>
class [[nodiscard]] Result
{
    static_assert(!std::is_reference_v<T>, "Result holds values");
    static_assert(!std::is_same_v<std::remove_cv_t<T>, Error>, "Result<Error> is ambiguous");

public:
    using value_type = T;

    // NOLINTNEXTLINE(google-explicit-constructor): a value converts to a successful result.
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    // NOLINTNEXTLINE(google-explicit-constructor): a failure converts to a failed result.
    Result(Failure failure) : m_state(std::in_place_index<1>, std::move(failure.error)) { }

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "no value in a failed result");
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "no value in a failed result");
        return std::get<0>(m_state);
    }
    // On a temporary, the value is moved out: a reference into a dying Result would dangle
    // (e.g. `for (auto &x : *vault.applications())`).
    [[nodiscard]] T value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "no value in a failed result");
        return std::get<0>(std::move(m_state));
    }

    [[nodiscard]] const Error &error() const
    {
        Q_ASSERT_X(!ok(), "Result::error", "no error in a successful result");
        return std::get<1>(m_state);
    }

    [[nodiscard]] T valueOr(T fallback) const &
    {
        return ok() ? std::get<0>(m_state) : std::move(fallback);
    }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T operator*() const && = delete;

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): a failure converts to a failed result.
    Result(Failure failure) : m_error(std::move(failure.error)) { }

    [[nodiscard]] bool ok() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] const Error &error() const
    {
        Q_ASSERT_X(!ok(), "Result::error", "no error in a successful result");
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

[[nodiscard]] inline Result<void> success()
{
    return {};
}

} // namespace guichet
