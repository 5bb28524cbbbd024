namespace CareerCraft.Tests.Ml.Skills;

/// <summary>Skills across professions, in the way resumes and job descriptions really write them.</summary>
public sealed class ProfessionSnippetTests
{
    [Fact]
    public void Nurse_resume()
    {
        const string text = """
            Registered Nurse, Med-Surg Unit — St. Mary's Hospital          2019 – Present
            • Performed head-to-toe patient assessments for 5–6 patients per shift and escalated changes via rapid response.
            • Started peripheral IVs, managed IV therapy and medication administration using BCMA and Pyxis.
            • Provided wound care and patient education on diabetes management; documented in Epic.
            Certifications: BLS, ACLS, PALS
            """;
        AssertFinds(text,
            "Registered Nurse", "Medical-surgical nursing", "Patient assessment", "Rapid response", "IV therapy",
            "Medication administration", "Barcode medication administration", "Pyxis", "Wound care", "Patient education",
            "Diabetes management", "Epic Systems", "Basic Life Support", "Advanced Cardiovascular Life Support",
            "Pediatric Advanced Life Support");
    }

    [Fact]
    public void Nurse_job_description()
    {
        const string text = """
            We are looking for an ICU nurse with 2+ years of critical care experience. Must hold current BLS and ACLS.
            Experience with Cerner or Epic EHR, ventilator management and titrating drips preferred.
            """;
        AssertFinds(text,
            "Critical care", "Basic Life Support", "Advanced Cardiovascular Life Support", "Cerner", "Epic Systems",
            "Ventilator management");
    }

    [Fact]
    public void Accountant_resume()
    {
        const string text = """
            Staff Accountant | Brightline Manufacturing
            - Owned month-end close for 3 entities: journal entries, accruals and bank reconciliations in NetSuite.
            - Managed accounts payable and A/R aging; cut DSO by 9 days.
            - Prepared GAAP financial statements and supported the external audit and SOX testing.
            Skills: QuickBooks, Excel (pivot tables, VLOOKUP), SAP FICO, IFRS, variance analysis
            """;
        AssertFinds(text,
            "Month-end close", "Journal entries", "Accruals", "Account reconciliation", "NetSuite", "Accounts payable",
            "Accounts receivable", "GAAP", "Financial reporting", "Auditing", "SOX compliance", "QuickBooks",
            "Microsoft Excel", "Excel data analysis", "SAP FICO", "IFRS", "Variance analysis");
    }

    [Fact]
    public void Teacher_resume()
    {
        const string text = """
            5th Grade Teacher, Lincoln Elementary School
            Designed standards-aligned lesson plans and differentiated instruction for 28 students, including 6 with IEPs.
            Strong classroom management using PBIS; used formative assessment data to drive small-group instruction.
            Curriculum design for a STEM unit delivered on Google Classroom; regular parent-teacher conferences.
            """;
        AssertFinds(text,
            "Lesson planning", "Differentiated instruction", "Individualized Education Programs", "Classroom management",
            "Positive behavior support", "Student assessment", "Small group instruction", "Curriculum design",
            "STEM education", "Google Classroom", "Parent communication");
    }

    [Fact]
    public void Teacher_job_description()
    {
        const string text = """
            Middle School Science Teacher (Grade 7)
            Use a variety of instructional strategies to meet the needs of diverse learners including ELL students and
            students with IEPs and 504 plans; collaborate in PLC meetings; use data from summative assessments to guide
            instruction. Requirements: valid state teaching certificate; Google Classroom and Canvas; classroom management.
            """;
        AssertFinds(text,
            "Middle school teaching", "Science education", "Pedagogy", "English as a second language",
            "Individualized Education Programs", "504 plans", "Professional learning communities", "Student assessment",
            "Teaching license", "Google Classroom", "Canvas LMS", "Classroom management");
    }

    [Fact]
    public void Accountant_job_description()
    {
        const string text = """
            Senior Accountant: own the monthly close; prepare journal entries, accruals and prepaid schedules; reconcile
            balance sheet accounts; support the annual audit; implement NetSuite. CPA preferred; strong US GAAP; advanced
            Excel; a go-getter attitude.
            """;
        AssertFinds(text,
            "Month-end close", "Journal entries", "Accruals", "Balance sheet", "Auditing", "NetSuite",
            "Certified Public Accountant", "GAAP", "Microsoft Excel");
        Assert.DoesNotContain("Go", SharedTaxonomy.Names(text));
    }

    [Fact]
    public void Designer_resume()
    {
        const string text = """
            Product Designer — Fintech app
            Led UX research (interviews, usability testing) and turned findings into wireframes and interactive prototypes in Figma.
            Built and maintained the design system; strong in typography, color theory and accessibility (WCAG 2.1).
            Tools: Adobe Illustrator, Photoshop, After Effects, Miro
            """;
        AssertFinds(text,
            "UX research", "Usability testing", "Wireframing", "Prototyping", "Figma", "Design systems", "Typography",
            "Color theory", "Web accessibility", "Adobe Illustrator", "Adobe Photoshop", "Adobe After Effects", "Miro");
    }

    [Fact]
    public void Mechanical_engineer_resume()
    {
        const string text = """
            Mechanical Design Engineer
            • Designed sheet metal enclosures and injection molded parts in SolidWorks; released drawings with GD&T per ASME Y14.5.
            • Ran FEA in ANSYS to cut bracket mass by 18% and led DFMEA reviews with suppliers.
            • Programmed Allen-Bradley PLCs for the test rig; root cause analysis with 5 Whys and fishbone diagrams.
            Also: AutoCAD, tolerance stack-up, Lean Six Sigma Green Belt
            """;
        AssertFinds(text,
            "Mechanical design", "Sheet metal design", "Injection molding", "SolidWorks",
            "Geometric dimensioning and tolerancing", "ASME Y14.5", "Finite element analysis", "ANSYS",
            "Failure mode and effects analysis", "Allen-Bradley", "PLC programming", "Root cause analysis", "AutoCAD",
            "Tolerance analysis", "Six Sigma Green Belt");
    }

    [Fact]
    public void Marketer_job_description()
    {
        const string text = """
            Digital Marketing Manager
            You will own our SEO and SEM strategy, run paid campaigns on Google Ads and Meta Ads, and build lead generation
            programs in HubSpot with our Salesforce CRM. Experience with Google Analytics 4, A/B testing, email marketing
            and content marketing is a must; go-to-market experience for B2B SaaS products is a plus.
            """;
        AssertFinds(text,
            "Digital marketing", "Search engine optimization", "Search engine marketing", "Google Ads", "Facebook Ads",
            "Lead generation", "HubSpot", "Salesforce", "Customer relationship management", "Google Analytics",
            "A/B testing", "Email marketing", "Content marketing", "Product marketing", "B2B sales");
        Assert.DoesNotContain("Go", SharedTaxonomy.Names(text));
    }

    [Fact]
    public void Software_job_description_with_soft_skills()
    {
        const string text = """
            Senior Backend Engineer (Go)
            Requirements: Go, Rust or C++; PostgreSQL and Redis; Docker, k8s, Terraform on AWS or GCP; CI/CD.
            You communicate clearly, mentor engineers and manage stakeholders across product and design.
            R&D budget is shared with the data team, who work in R and Python.
            """;
        var names = SharedTaxonomy.Names(text);
        AssertFinds(text,
            "Go", "Rust", "C++", "PostgreSQL", "Redis", "Docker", "Kubernetes", "Terraform", "Amazon Web Services",
            "Google Cloud Platform", "CI/CD", "R", "Python");
        Assert.DoesNotContain("C", names);
    }

    [Fact]
    public void Hospitality_resume()
    {
        const string text = """
            Restaurant Supervisor, The Harbour Grill
            Ran front of house for a 120-cover fine dining room; trained servers on wine pairing and suggestive selling.
            Handled cash handling and POS reconciliation on Toast POS, food safety (ServSafe certified) and allergen awareness.
            Coordinated banquets and weddings; resolved guest complaints with service recovery.
            """;
        AssertFinds(text,
            "Front of house", "Fine dining", "Wine knowledge", "Upselling in hospitality", "Cash handling",
            "POS systems", "Food safety", "Dietary restrictions", "Banquet service", "Guest complaints");
    }

    [Fact]
    public void Hr_and_recruiting_job_description()
    {
        const string text = """
            HR Business Partner: own full-cycle recruiting with Greenhouse, onboarding, performance management and
            employee relations; partner on compensation and benefits, succession planning and DEI; Workday experience required.
            """;
        AssertFinds(text,
            "HR business partnering", "Recruiting", "Greenhouse", "Onboarding", "Performance management",
            "Employee relations", "Compensation and benefits", "Talent management", "Diversity and inclusion", "Workday");
    }

    [Fact]
    public void Paralegal_resume()
    {
        const string text = """
            Litigation Paralegal
            Conducted legal research on Westlaw, drafted discovery requests, pleadings and deposition summaries; managed
            e-discovery in Relativity and court filings via PACER; maintained litigation holds and conflict checks.
            """;
        AssertFinds(text,
            "Litigation", "Paralegal", "Legal research", "Pleadings", "E-discovery", "Court filings", "PACER",
            "Depositions", "Records retention", "Conflict checks");
    }

    [Fact]
    public void Supply_chain_resume()
    {
        const string text = """
            Logistics Coordinator — managed inbound logistics and 3PL carriers, cut freight costs 12% through load planning;
            ran cycle counts in SAP EWM, improved inventory management with ABC analysis and safety stock; forklift certified.
            """;
        AssertFinds(text,
            "Inbound logistics", "Third-party logistics", "Load planning", "Cycle counting", "SAP EWM",
            "Inventory management", "ABC analysis", "Inventory optimization", "Forklift operation");
    }

    private static void AssertFinds(string text, params string[] expected)
    {
        var names = SharedTaxonomy.Names(text);
        var missing = expected.Where(e => !names.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"missing: {string.Join(", ", missing)}; found: {string.Join(", ", names)}");
    }
}
