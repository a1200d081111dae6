package org.crmkit.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmkit.customer.Demographics;
import org.crmkit.customer.Gender;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * Shoppers shaped like the seeds' surveys: mostly 18 to 35, students and office workers, in
 * several large cities, more women than men, acquired mostly through the app and the online store;
 * about one in 16 buys for a business (tagged {@code type:business}, the rest {@code type:individual}).
 */
final class Population {

    private static final String[][] CITIES = {
        {"上海", "上海"}, {"北京", "北京"}, {"广东", "广州"}, {"广东", "深圳"}, {"浙江", "杭州"}, {"四川", "成都"}, {"江苏", "南京"}, {"湖北", "武汉"}};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "霞", "婷"};

    private Population() {}

    /** The registration of shopper {@code i}, with a stable id {@code c-00042}. */
    static RegisterCustomer shopper(TenantId shop, int i, LocalDate today, SplittableRandom random) {
        double u = random.nextDouble();
        int age = u < 0.70 ? 18 + random.nextInt(18) : u < 0.90 ? 36 + random.nextInt(15) : 51 + random.nextInt(15);
        String occupation = age <= 23 && random.nextDouble() < 0.7 ? "student"
                : random.nextDouble() < 0.65 ? "office worker" : random.nextDouble() < 0.5 ? "self-employed" : "other";
        Gender gender = random.nextDouble() < 0.56 ? Gender.FEMALE : Gender.MALE;
        String[] place = CITIES[random.nextInt(CITIES.length)];
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
        double c = random.nextDouble();
        SourceChannel channel = c < 0.45 ? SourceChannel.APP : c < 0.75 ? SourceChannel.ONLINE_STORE : c < 0.85 ? SourceChannel.OFFLINE_STORE
                : c < 0.93 ? SourceChannel.CAMPAIGN : SourceChannel.REFERRAL;
        String type = random.nextDouble() < 0.06 ? "type:business" : "type:individual";
        return new RegisterCustomer(shop, idOf(i), name, List.of(), new Demographics(born, gender, place[0], place[1], occupation),
                Map.of(), Set.of(occupation.replace(' ', '-'), type), channel, null, null);
    }

    /** Whether shopper {@code i} lets the shop's app send them messages: about four in five do. */
    static boolean acceptsAppPush(long seed, int i) {
        return new SplittableRandom(seed * 47 + i).nextDouble() < 0.8;
    }

    static CustomerId idOf(int i) {
        return CustomerId.of(String.format("c-%05d", i));
    }
}
